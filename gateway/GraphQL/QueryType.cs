using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<ViewerType>("viewer")
            .Description("The authenticated caller, or null without a valid token.")
            .Resolve(ctx => ctx.User?.Identity?.IsAuthenticated == true ? ctx.User : null);
    }
}
