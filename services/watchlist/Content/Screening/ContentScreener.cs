using Watchlist.WatchlistService.Content.Extraction;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>
/// Reads a post and screens what it names with the engine, policy and thresholds a traveller is screened with
/// (<see cref="Screener"/>); pure apart from the list state it is given.
/// </summary>
public sealed class ContentScreener(ScreeningSettings settings)
{
    /// <summary>A post names more than a traveller carries; every entry it hits is worth an officer's look.</summary>
    public const int MaxHits = 50;

    public ContentScreeningRecorded Screen(ListState list, ContentInput content, ContentContextInput context, Change change)
    {
        var region = PhoneRegion.Of(content.Language, context.Unit, change.Agency);
        var items = PostExtractor.Extract(content.Text!, region);
        // Read before searching, as Screener does: retro-screening relies on the position never naming an unseen change.
        var position = list.Position;
        var found = items.Count == 0 ? []
            : list.Search(ContentTraveller.QueryOf(items), change.At, change.Agency, settings.Thresholds, MaxHits);
        var hits = found.Select(f => Screener.HitOf(f.Hit, f.Entry) is var hit
            ? hit with { Explanation = [.. PostEvidence.Of(items, f.Entry), .. hit.Explanation] } : hit).ToList();
        var decision = hits.Count == 0 ? Decision.Clear : hits.Any(h => h.Band == "MATCH") ? Decision.Match : Decision.Review;
        return new ContentScreeningRecorded(Guid.CreateVersion7(change.At), content, context, region, items, position,
            settings.Thresholds.Match, settings.Thresholds.Review, decision, hits, change);
    }
}
