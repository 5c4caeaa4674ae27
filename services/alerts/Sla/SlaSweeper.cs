using Marten;
using Watchlist.Alerts.Alerts;

namespace Watchlist.Alerts.Sla;

/// <summary>
/// Escalates alerts left unacknowledged past their deadline. Deadlines are read from the stored board, not from timers
/// in memory, so they survive restarts; each escalation is appended at the version read, so when several replicas
/// sweep at once exactly one escalates and the others' appends are refused.
/// </summary>
public sealed class SlaSweeper(IDocumentStore store, SlaSettings sla, TimeProvider clock, ILogger<SlaSweeper> logger) : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(sla.SweepInterval, clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "SLA sweep failed; trying again at the next tick");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many alerts were escalated.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Guid> due;
        await using (var query = store.QuerySession())
            due = await query.Query<AlertView>().Where(v => v.SlaDeadline != null && v.SlaDeadline <= now)
                .OrderBy(v => v.SlaDeadline).Select(v => v.Id).Take(Batch).ToListAsync(ct);
        var escalated = 0;
        foreach (var id in due)
            if (await EscalateAsync(id, ct)) escalated++;
        return escalated;
    }

    private async Task<bool> EscalateAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var alert = await session.LoadAlertAsync(id, ct);
        if (alert is null) return false;
        var now = clock.GetUtcNow();
        var events = AlertDecider.Decide(new EscalateOverdueAlert(id, sla.MaxLevel, sla.DeadlineFrom(now, alert.Severity),
            new AlertChange(AlertChange.SlaActor, null, now, $"sla-{id:N}-{alert.Version}")), alert);
        if (events.Count == 0) return false;
        await session.AppendAlertAsync(alert, events, ct);
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return false; // another replica, or a person acknowledging, got there first; the next sweep reads the new state
        }
    }
}
