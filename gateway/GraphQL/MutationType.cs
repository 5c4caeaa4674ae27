using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Alerts;
using Watchlist.Gateway.GraphQL.Content;
using Watchlist.Gateway.GraphQL.Entries;
using Watchlist.Gateway.GraphQL.Governance;

namespace Watchlist.Gateway.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddEntryMutations();
        this.AddAlertMutations();
        this.AddContentMutations();
        this.AddGovernanceMutations();
    }
}
