using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Watchlist.Alerts.Retro;

/// <summary>A replica whose crossing window is still loading would re-screen list changes against part of it: it is not ready.</summary>
public sealed class CrossingWindowHealthCheck(CrossingWindowKeeper keeper, CrossingWindow window) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(keeper.Loaded
            ? HealthCheckResult.Healthy($"{window.Count} crossings in the retro-screening window ({window.DroppedEarly} dropped early " +
                "by the cap).")
            : HealthCheckResult.Unhealthy("The retro-screening crossing window is still loading."));
}
