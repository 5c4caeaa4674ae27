using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Metrics;

/// <summary>Asks the in-process index, building the query as the service does.</summary>
public sealed class EngineScreener(ScreeningIndex index, int maxCandidates = 200, MatchThresholds? thresholds = null)
{
    private readonly ScreeningOptions _options = new()
    {
        MaxResults = 20, MaxCandidates = maxCandidates, Thresholds = thresholds ?? MatchThresholds.Default,
    };

    public IReadOnlyList<Hit> Screen(TravellerInput traveller, Func<Guid, bool>? eligible = null) =>
        [.. index.Search(Screener.QueryOf(traveller, place: null), eligible is null ? _options : _options with { IsEligible = eligible })
            .Select(h => new Hit(h.EntryId, h.Band == MatchBand.Match))];
}
