using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Sla;

/// <summary>
/// Escalates alerts left unacknowledged past their deadline. Deadlines are read from the stored board, not from timers
/// in memory, so they survive restarts. Sweeps of one alert (on several replicas) and its hits take turns on a lock, and the
/// escalation is decided on the state read under it, so exactly one escalates; it is appended at that version as a last line.
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
        if (await session.LoadAlertAsync(id, ct) is not { } seen) return false;
        // Take turns with hits of the alert and with other replicas' sweeps, then decide on what they committed: a refused
        // append would burn its event sequence numbers as tombstones.
        var facts = seen.Facts;
        await TransactionLocks.TakeAsync(session, AlertRaising.LockName(facts.EntryId, facts.TravellerIdentity, facts.ScreeningAgency), ct);
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
            AlertMetrics.SlaBreached(alert.Severity);
            return true;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return false; // another replica, or a person acknowledging, got there first; the next sweep reads the new state
        }
    }
}
