using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.Json;
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
        var crossing = new TravellerScreened(s.ScreeningId, s.Change.At, s.Reference, traveller, context,
            ApiNames.Of(s.Decision), s.Hits.Count, s.Change.Actor, s.Change.Agency, [.. s.Hits.Select(h => h.EntryId).Distinct()],
            s.ListPosition);
        return [crossing, .. s.Hits.Select(h => (object)new ScreeningHitDetected(
            s.ScreeningId, s.Change.At, s.Reference, traveller, context,
            new HitSnapshot(h.EntryId, h.EntryVersion, h.Score, h.Band, ApiNames.Of(h.Kind), h.PrimaryName, h.MatchedName, h.Lists,
                ApiNames.Of(h.Category), ApiNames.Of(h.Action), ApiNames.Of(h.Severity), h.OwnerAgency, h.ReleasableTo),
            s.Change.Actor, s.Change.Agency, Retro: false))];
    }

    /// <summary>A traveller as the crossing carries it, and as live screening puts it into the engine (one form for both).</summary>
    public static TravellerSnapshot TravellerOf(TravellerInput t) =>
        new(t.AllNames, t.BirthDate, t.Gender is { } g ? ApiNames.Of(g) : null, t.Nationality,
            (t.Documents ?? []).Where(d => d.Number is not null).Select(d => new TravellerDocument(d.Type, d.Number!, d.Country)).ToList(),
            (t.Identifiers ?? []).Where(i => i.Type is not null && i.Value is not null)
                .Select(i => new TravellerIdentifier(ApiNames.Of(i.Type!.Value), i.Value!, i.Platform)).ToList());
}
