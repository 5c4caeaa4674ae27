using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Alerts;
using Watchlist.Gateway.GraphQL.Entries;
using Watchlist.Gateway.GraphQL.Governance;

namespace Watchlist.Gateway.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddEntryQueries();
        this.AddAlertQueries();
        this.AddGovernanceQueries();
        Field<ViewerType>("viewer")
            .Description("The authenticated caller, or null without a valid token.")
            .Resolve(ctx => ctx.User?.Identity?.IsAuthenticated == true ? ctx.User : null);
    }
}
