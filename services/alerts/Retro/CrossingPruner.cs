using Marten;

namespace Watchlist.Alerts.Retro;

/// <summary>Forgets crossings older than the retro-screening window: they will never be re-screened, and they identify people.</summary>
public sealed class CrossingPruner(IDocumentStore store, RetroSettings settings, TimeProvider clock, ILogger<CrossingPruner> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var session = store.LightweightSession();
                var before = clock.GetUtcNow() - settings.Window;
                session.DeleteWhere<Crossing>(c => c.ScreenedAt < before);
                await session.SaveChangesAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Pruning old crossings failed; trying again later");
            }
        }
    }
}
