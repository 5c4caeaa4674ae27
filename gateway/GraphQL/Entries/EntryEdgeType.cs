using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntryEdgeType : ObjectGraphType<Edge<EntryData>>
{
    public EntryEdgeType()
    {
        Name = "EntryEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass it as `after` to continue after this entry.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<EntryType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
