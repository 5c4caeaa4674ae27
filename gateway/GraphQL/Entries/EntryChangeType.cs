using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntryChangeType : ObjectGraphType<EntryChangeData>
{
    public EntryChangeType()
    {
        Name = "EntryChange";
        Description = "One change to an entry, as its history keeps it.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The entry's version after this change.")
            .Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description(
                "What happened: LISTED, AMENDED, SUSPENDED, REINSTATED, DELISTED, REVIEWED, VALIDITY_CHANGED, " +
                "or a later kind of change.")
            .Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(ctx => ctx.Source.At.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The token subject who made the change.")
            .Resolve(ctx => ctx.Source.Actor);
        Field<StringGraphType>("agency").Resolve(ctx => ctx.Source.Agency);
        Field<StringGraphType>("reason").Resolve(ctx => ctx.Source.Reason);
        Field<StringGraphType>("correlationId").Description("The X-Correlation-ID of the request that made the change.")
            .Resolve(ctx => ctx.Source.CorrelationId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("changes")
            .Description("Each field that changed, with its value before and after; empty for the listing itself.")
            .WithComplexityImpact(1, Costs.ShortList)
            .Resolve(ctx => ctx.Source.Changes.OrderBy(c => c.Key, StringComparer.Ordinal).ToList());
    }
}
