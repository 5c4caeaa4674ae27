using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Watchlist.WatchlistService.Screening;

/// <summary>A replica whose index has not caught up would clear travellers who are listed: it is not ready.</summary>
public sealed class ListIndexHealthCheck(LiveList live) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(live.CaughtUp
            ? HealthCheckResult.Healthy($"{live.State.Count} screenable entries at list position {live.State.Position}.")
            : HealthCheckResult.Unhealthy("The screening index is still loading."));
}
