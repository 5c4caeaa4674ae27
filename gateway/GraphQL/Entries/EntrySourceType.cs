using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntrySourceType : ObjectGraphType<EntrySourceData>
{
    public EntrySourceType()
    {
        Name = "EntrySource";
        Description = "Where an entry came from.";
        Field<NonNullGraphType<StringGraphType>>("dataset").Description("manual, or a public list such as ofac-sdn or un-sc.")
            .Resolve(ctx => ctx.Source.Dataset);
        Field<StringGraphType>("reference").Description("The entry's reference in that dataset.").Resolve(ctx => ctx.Source.Reference);
    }
}
