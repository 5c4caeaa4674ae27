using Watchlist.Matching;

namespace Watchlist.WatchlistService.Screening;

/// <summary>From the <c>Screening</c> section: the band thresholds (defaults are the engine's, tuned on the public lists).</summary>
public sealed record ScreeningSettings(MatchThresholds Thresholds, int DefaultLimit, int MaxBatch)
{
    public static ScreeningSettings From(IConfiguration configuration) => new(
        new MatchThresholds(
            configuration.GetValue("Screening:MatchThreshold", MatchThresholds.Default.Match),
            configuration.GetValue("Screening:ReviewThreshold", MatchThresholds.Default.Review)),
        configuration.GetValue("Screening:DefaultLimit", 10),
        configuration.GetValue("Screening:MaxBatch", 1000));
}
