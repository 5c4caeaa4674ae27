using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.Json;
using Watchlist.WatchlistService.Content.Screening;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Integration;

public static class ScreeningHits
{
    /// <summary>
    /// The crossing first (every screening, for retro-screening), then one message per hit. A screening against the list
    /// as it stood on a past date (asOf) is an audit replay, not a traveller at a border: it stays in the audit trail only.
    /// </summary>
    public static IReadOnlyList<object> Of(ScreeningRecorded s)
    {
        if (s.AsOf is not null) return [];
        var traveller = TravellerOf(s.Traveller);
        var context = new ScreeningContextSnapshot(s.Context.BorderPost ?? "", s.Context.Direction, s.Context.Flight);
        return Of(s.ScreeningId, s.Reference, traveller, context, s.Decision, s.Hits, s.ListPosition, s.Change);
    }

    /// <summary>
    /// A screened post leaves the service as a border screening does: an observation (a crossing whose context names the unit
    /// and the post instead of a border post) for retro-screening, then one message per hit, so that its alerts are raised,
    /// deduplicated, remembered as false positives and restricted by the one path border hits take.
    /// </summary>
    public static IReadOnlyList<object> Of(ContentScreeningRecorded s) =>
        Of(s.ScreeningId, reference: null, TravellerOf(ContentTraveller.Of(s.Extracted)),
            new ScreeningContextSnapshot("", Direction: null, Flight: null, s.Context.Unit, PostKey.Of(s.Content)),
            s.Decision, s.Hits, s.ListPosition, s.Change);

    private static IReadOnlyList<object> Of(Guid screeningId, string? reference, TravellerSnapshot traveller,
        ScreeningContextSnapshot context, Decision decision, IReadOnlyList<Hit> hits, long listPosition, Entries.Change change)
    {
        var crossing = new TravellerScreened(screeningId, change.At, reference, traveller, context, ApiNames.Of(decision), hits.Count,
            change.Actor, change.Agency, [.. hits.Select(h => h.EntryId).Distinct()], listPosition);
        return [crossing, .. hits.Select(h => (object)new ScreeningHitDetected(
            screeningId, change.At, reference, traveller, context,
            new HitSnapshot(h.EntryId, h.EntryVersion, h.Score, h.Band, ApiNames.Of(h.Kind), h.PrimaryName, h.MatchedName, h.Lists,
                ApiNames.Of(h.Category), ApiNames.Of(h.Action), ApiNames.Of(h.Severity), h.OwnerAgency, h.ReleasableTo),
            change.Actor, change.Agency, Retro: false))];
    }

    /// <summary>A traveller as the crossing carries it, and as live screening puts it into the engine (one form for both).</summary>
    public static TravellerSnapshot TravellerOf(TravellerInput t) =>
        new(t.AllNames, t.BirthDate, t.Gender is { } g ? ApiNames.Of(g) : null, t.Nationality,
            (t.Documents ?? []).Where(d => d.Number is not null).Select(d => new TravellerDocument(d.Type, d.Number!, d.Country)).ToList(),
            (t.Identifiers ?? []).Where(i => i.Type is not null && i.Value is not null)
                .Select(i => new TravellerIdentifier(ApiNames.Of(i.Type!.Value), i.Value!, i.Platform)).ToList());
}
