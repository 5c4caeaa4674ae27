using System.Text.Json;
using Watchlist.Matching;
using Watchlist.Policy;
using Watchlist.WatchlistService.Integration;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Entries.Input;

namespace Watchlist.WatchlistService.Screening;

/// <summary>Screens one traveller against a list state and writes the audit record; pure apart from the clock it is given.</summary>
public sealed class Screener(ScreeningSettings settings)
{
    public ScreeningRecorded Screen(ListState list, TravellerInput traveller, ScreeningContextInput context, string? reference,
        DateTimeOffset? asOf, int? limit, Change change)
    {
        var at = asOf ?? change.At;
        // Read before searching: the index already holds every change up to this position, and perhaps some after it.
        // Read after, it could name a change the search never saw, and retro-screening would skip the pair.
        var position = list.Position;
        var found = list.Search(QueryOf(traveller, context.BorderPost), at, change.Agency, settings.Thresholds,
            limit ?? settings.DefaultLimit);
        var hits = found.Select(f => HitOf(f.Hit, f.Entry)).ToList();
        var decision = hits.Count == 0 ? Decision.Clear : hits.Any(h => h.Band == "MATCH") ? Decision.Match : Decision.Review;
        return new ScreeningRecorded(Guid.CreateVersion7(change.At), reference, traveller, context, asOf, position,
            settings.Thresholds.Match, settings.Thresholds.Review, decision, hits, change);
    }

    /// <summary>The traveller in the engine's terms at a place, through the one policy that retro-screening uses too.</summary>
    public static ScreeningQuery QueryOf(TravellerInput t, string? place) => ScreeningPolicy.QueryOf(ScreeningHits.TravellerOf(t), place);

    public static Hit HitOf(ScreeningHit hit, Entry entry)
    {
        var d = entry.Details;
        return new Hit(hit.EntryId, hit.EntryVersion, ScreeningPolicy.Rounded(hit.Score), ScreeningPolicy.BandName(hit.Band),
            d.Kind, d.PrimaryName, hit.MatchedName, d.Lists, d.Category, d.Action, d.Severity, d.OwnerAgency, d.ReleasableTo,
            hit.Explanation.Select(e => new Explanation(JsonNamingPolicy.CamelCase.ConvertName(e.Feature.ToString()),
                Math.Round(e.Score, 3), e.Detail)).ToList());
    }

    public static ScreeningResponse ResponseOf(ScreeningRecorded s) =>
        new(s.ScreeningId, s.Change.At, s.Decision, s.Hits, s.ListPosition, s.AsOf);
}
