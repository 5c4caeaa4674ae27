using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.WatchlistService.Screening;

/// <summary>From the <c>Screening</c> section: the thresholds of the one <see cref="ScreeningPolicy"/>, request limits, and how many
/// records one transaction of the <see cref="ScreeningRecorder"/> may hold (1 gives each screening its own, as before), and how many
/// screenings <see cref="ScreeningWarmUp"/> rehearses before the replica is ready (0, the default: none; decision 0095).</summary>
public sealed record ScreeningSettings(MatchThresholds Thresholds, int DefaultLimit, int MaxBatch, int MaxRecordGroup = 256,
    int WarmUpRounds = 0)
{
    public static ScreeningSettings From(IConfiguration configuration) => new(
        ScreeningPolicy.From(configuration).Thresholds,
        configuration.GetValue("Screening:DefaultLimit", 10),
        configuration.GetValue("Screening:MaxBatch", 1000),
        Math.Max(1, configuration.GetValue("Screening:MaxRecordGroup", 256)),
        Math.Max(0, configuration.GetValue("Screening:WarmUpRounds", 0)));
}
