using GraphQL;
using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Content;

/// <summary>GET /api/entries/{id}/links as the watchlist service answers it.</summary>
public sealed record EntryLinksData(Guid EntryId, List<LinkedEntryData> Entries, List<LinkedObservationData> Observations);

public sealed record LinkedEntryData(Guid EntryId, string PrimaryName, string Kind, string OwnerAgency, List<SharedItemData> Shared);

public sealed record LinkedObservationData(Guid ScreeningId, DateTimeOffset ScreenedAt, DateTimeOffset? ObservedAt, string? Unit,
    string? Url, string? Platform, List<SharedItemData> Shared);

public sealed record SharedItemData(string Type, string Value);

public sealed class EntryLinksType : ObjectGraphType<EntryLinksData>
{
    public EntryLinksType()
    {
        Name = "EntryLinks";
        Description = "The broker network: entries released to the caller, and posts the caller's agency screened, that share a "
            + "phone, handle, e-mail, website or document with the entry.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedEntryType>>>>("entries")
            .WithComplexityImpact(1, Costs.HistoryLength).Resolve(ctx => ctx.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedObservationType>>>>("observations")
            .WithComplexityImpact(1, Costs.HistoryLength).Resolve(ctx => ctx.Source.Observations);
    }
}

public sealed class LinkedEntryType : ObjectGraphType<LinkedEntryData>
{
    public LinkedEntryType()
    {
        Name = "LinkedEntry";
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(ctx => ctx.Source.EntryId);
        Field<NonNullGraphType<StringGraphType>>("primaryName").Resolve(ctx => ctx.Source.PrimaryName);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("ownerAgency").Resolve(ctx => ctx.Source.OwnerAgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedItemType>>>>("shared")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Shared);
    }
}

public sealed class LinkedObservationType : ObjectGraphType<LinkedObservationData>
{
    public LinkedObservationType()
    {
        Name = "LinkedObservation";
        Description = "A post screened by the caller's agency.";
        Field<NonNullGraphType<IdGraphType>>("screeningId").Resolve(ctx => ctx.Source.ScreeningId);
        Field<NonNullGraphType<DateTimeGraphType>>("screenedAt").Resolve(ctx => ctx.Source.ScreenedAt.UtcDateTime);
        Field<DateTimeGraphType>("observedAt").Resolve(ctx => ctx.Source.ObservedAt?.UtcDateTime);
        Field<StringGraphType>("unit").Resolve(ctx => ctx.Source.Unit);
        Field<StringGraphType>("url").Resolve(ctx => ctx.Source.Url);
        Field<StringGraphType>("platform").Resolve(ctx => ctx.Source.Platform);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedItemType>>>>("shared")
            .WithComplexityImpact(1, Costs.ShortList).Resolve(ctx => ctx.Source.Shared);
    }
}

public sealed class SharedItemType : ObjectGraphType<SharedItemData>
{
    public SharedItemType()
    {
        Name = "SharedItem";
        Field<NonNullGraphType<StringGraphType>>("type").Description("PHONE, EMAIL, SOCIAL_HANDLE, WEBSITE or DOCUMENT.")
            .Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}
