using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Watchlist.Gateway.Routing;

/// <summary>
/// Reports services that do not answer as Degraded, not Unhealthy: the gateway itself can still
/// serve the others, and taking it out of rotation for one service's outage would take them all down.
/// </summary>
public sealed class ServicesHealthCheck(IHttpClientFactory clients, ServiceUrls urls) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(nameof(ServicesHealthCheck));
        var down = new List<string>();
        foreach (var (cluster, url) in urls.All)
        {
            try
            {
                using var response = await client.GetAsync($"{url.TrimEnd('/')}/health/ready", cancellationToken);
                if (!response.IsSuccessStatusCode) down.Add(cluster);
            }
            catch (HttpRequestException) { down.Add(cluster); }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { down.Add(cluster); }
        }
        return down.Count == 0 ? HealthCheckResult.Healthy("All services are ready.")
            : HealthCheckResult.Degraded($"Not ready: {string.Join(", ", down)}.");
    }
}
