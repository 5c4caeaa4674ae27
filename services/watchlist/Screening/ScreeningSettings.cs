using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.WatchlistService.Screening;

/// <summary>From the <c>Screening</c> section: the thresholds of the one <see cref="ScreeningPolicy"/>, and request limits.</summary>
public sealed record ScreeningSettings(MatchThresholds Thresholds, int DefaultLimit, int MaxBatch)
{
    public static ScreeningSettings From(IConfiguration configuration) => new(
        ScreeningPolicy.From(configuration).Thresholds,
        configuration.GetValue("Screening:DefaultLimit", 10),
        configuration.GetValue("Screening:MaxBatch", 1000));
}
