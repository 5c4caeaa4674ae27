using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.WatchlistService.Screening;

/// <summary>From the <c>Screening</c> section: the thresholds of the one <see cref="ScreeningPolicy"/>, request limits, and how many
/// records one transaction of the <see cref="ScreeningRecorder"/> may hold (1 gives each screening its own, as before), and how many
/// screenings <see cref="ScreeningWarmUp"/> rehearses before the replica is ready (40 by default, 0 for none;
/// decisions 0095, 0116).</summary>
public sealed record ScreeningSettings(MatchThresholds Thresholds, int DefaultLimit, int MaxBatch, int MaxRecordGroup = 256,
    int WarmUpRounds = 40)
{
    public static ScreeningSettings From(IConfiguration configuration) => new(
        ScreeningPolicy.From(configuration).Thresholds,
        configuration.GetValue("Screening:DefaultLimit", 10),
        configuration.GetValue("Screening:MaxBatch", 1000),
        Math.Max(1, configuration.GetValue("Screening:MaxRecordGroup", 256)),
        Math.Max(0, configuration.GetValue("Screening:WarmUpRounds", 40)));
}
