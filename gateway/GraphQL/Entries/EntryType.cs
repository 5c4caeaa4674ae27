using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntryType : ObjectGraphType<EntryData>
{
    public EntryType()
    {
        Name = "Entry";
        Description = "A watchlist entry: a person, organisation, travel document or online identifier, and what to do on a hit.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Pass it as expectedVersion to change the entry.")
            .Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<EntryStatusGraphType>>("status").Description("The status at the moment asked about.")
            .Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<EntryKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryNameType>>>>("names")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Names);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("birthDates")
            .Description("YYYY, YYYY-MM or YYYY-MM-DD.").Resolve(ctx => ctx.Source.BirthDates);
        Field<GenderGraphType>("gender").Resolve(ctx => ctx.Source.Gender);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("nationalities")
            .Description("ISO 3166-1 alpha-2.").Resolve(ctx => ctx.Source.Nationalities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TravelDocumentType>>>>("documents")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Documents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OnlineIdentifierType>>>>("identifiers")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Identifiers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lists").Resolve(ctx => ctx.Source.Lists);
        Field<NonNullGraphType<CategoryGraphType>>("category").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<EntryActionGraphType>>("action").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<SeverityGraphType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("ownerAgency").Resolve(ctx => ctx.Source.OwnerAgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("releasableTo")
            .Description("Agency codes that may see the entry, or [\"*\"] for every agency.").Resolve(ctx => ctx.Source.ReleasableTo);
        Field<DateTimeGraphType>("validFrom").Resolve(ctx => ctx.Source.ValidFrom?.UtcDateTime);
        Field<DateTimeGraphType>("validUntil").Description("After it the entry is EXPIRED.")
            .Resolve(ctx => ctx.Source.ValidUntil?.UtcDateTime);
        Field<DateOnlyGraphType>("reviewBy").Resolve(ctx => ctx.Source.ReviewBy);
        Field<NonNullGraphType<BooleanGraphType>>("reviewOverdue").Description("Active, and its reviewBy has passed.")
            .Resolve(ctx => ctx.Source.ReviewOverdue);
        Field<NonNullGraphType<EntrySourceType>>("source").Resolve(ctx => ctx.Source.Source);
        Field<StringGraphType>("remarks").Resolve(ctx => ctx.Source.Remarks);
        Field<NonNullGraphType<DateTimeGraphType>>("listedAt").Resolve(ctx => ctx.Source.ListedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("changedAt").Resolve(ctx => ctx.Source.ChangedAt.UtcDateTime);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryChangeType>>>>("history")
            .Description(
                "Every change, oldest first: the whole history, also for an entry read with asOf. " +
                "Asks the service once per entry, so it costs more.")
            .CallsService(Costs.HistoryLength)
            .ResolveAsync(async ctx => await ctx.Watchlist().GetHistoryAsync(ctx.Source.Id, ctx.CancellationToken));
        Field<NonNullGraphType<Content.EntryLinksType>>("links")
            .Description("The broker network around the entry (GET /api/entries/{id}/links). Asks the service once per entry.")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().GetLinksAsync(ctx.Source.Id, ctx.CancellationToken));
    }
}
