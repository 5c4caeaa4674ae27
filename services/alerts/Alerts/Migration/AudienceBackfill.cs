using Marten;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.FalsePositives;
using Watchlist.Alerts.Retro;

namespace Watchlist.Alerts.Alerts.Migration;

/// <summary>
/// At start, settles the audience of every alert stored before audiences existed (<see cref="AudienceSettlement"/>): an
/// <see cref="AlertAudienceSettled"/> event in its stream (so history shows it and the forwarder tells the notifications
/// service, which withdraws the alert from feeds outside the audience), its false-positive memory and its dedup key following
/// in the same transaction. Until then such an alert is seen by nobody. Safe to run again and on several replicas at once:
/// a settled alert is skipped, and of two replicas settling one alert, the second's append is refused and then finds it settled.
/// </summary>
public sealed class AudienceBackfill(IDocumentStore store, TimeProvider clock, ILogger<AudienceBackfill> log) : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var settled = await SettleAllAsync(stopping);
                if (settled > 0) log.LogInformation("Settled the audience of {Count} alerts stored before audiences existed", settled);
                return;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                log.LogWarning(ex, "Settling alert audiences failed; trying again in 10 s");
                try { await Task.Delay(TimeSpan.FromSeconds(10), clock, stopping); } catch (OperationCanceledException) { }
            }
        }
    }

    /// <returns>How many alerts this pass settled.</returns>
    public async Task<int> SettleAllAsync(CancellationToken ct)
    {
        var settled = 0;
        var after = Guid.Empty;
        while (true)
        {
            IReadOnlyList<AlertView> page;
            await using (var query = store.QuerySession())
                // Views stored before audiences existed have no audienceSettled at all, hence the coalesce.
                page = await query.QueryAsync<AlertView>(
                    "where not coalesce((data ->> 'audienceSettled')::boolean, false) and id > ? order by id limit ?", ct, after, Batch);
            foreach (var view in page)
                if (await SettleAsync(view.Id, ct)) settled++;
            if (page.Count < Batch) return settled;
            after = page[^1].Id;
        }
    }

    private async Task<bool> SettleAsync(Guid id, CancellationToken ct)
    {
        try { return await SettleOnceAsync(id, ct); }
        catch (JasperFx.ConcurrencyException) { return await SettleOnceAsync(id, ct); } // someone appended meanwhile: read it again
    }

    private async Task<bool> SettleOnceAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var alert = await session.LoadAlertAsync(id, ct);
        if (alert is null || alert.Facts.Audience is not null) return false;
        var events = (await session.AlertEventsAsync(id, ct)).Select(e => e.Data).OfType<IAlertEvent>().ToList();
        var retro = events.Select(e => e switch { AlertRaised r => r.Hit, HitRepeated h => h.Hit, _ => null })
            .Where(h => h is { Retro: true }).Select(h => h!.ScreeningId).Distinct().ToList();
        var crossings = retro.Count == 0 ? [] : await session.LoadManyAsync<Crossing>(ct, retro);
        var decided = AudienceSettlement.Settle(events, crossings.ToDictionary(c => c.Id, c => c.Agency));

        var f = alert.Facts;
        var key = decided.ScreeningAgency is { } agency
            ? TravellerIdentity.DedupKey(f.EntryId, f.TravellerIdentity, f.BorderPost, agency)
            : f.DedupKey;
        var change = new AlertChange(AlertChange.MigrationActor, null, clock.GetUtcNow(), $"audience-{id:N}");
        var command = new SettleAlertAudience(id, decided.ScreeningAgency, decided.Audience, key, decided.Reason, change);
        await session.AppendAlertAsync(alert, AlertDecider.Decide(command, alert), ct);

        var remembered = await session.Query<FalsePositive>().Where(fp => fp.AlertId == id).ToListAsync(ct);
        foreach (var fp in remembered)
            session.Store(fp with { ScreeningAgency = decided.ScreeningAgency, Audience = decided.Audience.Agencies });
        // The agency's next hit finds this alert under the new key, instead of raising a second one beside it. Insert, so that
        // a new alert of that key raised meanwhile is never overwritten (the transaction fails, and the next start tries again).
        if (key != f.DedupKey && await session.LoadAsync<OpenAlertKey>(f.DedupKey, ct) is { } old && old.AlertId == id
            && await session.LoadAsync<OpenAlertKey>(key, ct) is null)
            session.Insert(old with { Id = key });
        await session.SaveChangesAsync(ct);
        return true;
    }
}
