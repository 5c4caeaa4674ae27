using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.FalsePositives;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Alerts.Retention;

/// <summary>
/// The migration of alerts stored when the traveller identity was clear (a document number, a folded name and birth date, a
/// post's address) to the keyed identity every hit now computes, as a rule of every retention round, at any age: an
/// <see cref="AlertIdentityKeyed"/> event by the migration actor, the alert's dedup-key record moved to the keyed key and its
/// clear ones deleted, and its false-positive memory re-keyed, in one transaction. Running it every round, not once at start,
/// also keys alerts that replicas of the previous version raise during a rolling upgrade; until then hits find them under
/// their clear key (<see cref="AlertRaising"/>). It takes the turns of both identities, so neither a hit (keyed) nor the SLA
/// sweeper or retention (the alert's clear identity) changes the alert meanwhile; a lost race leaves it to the next round.
/// </summary>
public sealed class AlertIdentityKeying(AlertPrivacy privacy, IDocumentStore store, TimeProvider clock) : IRetentionRule
{
    public string Name => "clear alert identities";

    public TimeSpan Horizon => TimeSpan.Zero;

    public async Task<int> PruneBatchAsync(IDocumentSession session, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var due = await session.Query<AlertView>().Where(v => !v.Alert.Facts.TravellerIdentity.StartsWith(Pseudonyms.Prefix))
            .OrderBy(v => v.SortKey).Select(v => v.Id).Take(batchSize).ToListAsync(ct);
        var done = 0;
        foreach (var id in due)
            if (await KeyAsync(id, ct)) done++;
        return done;
    }

    private async Task<bool> KeyAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAlertAsync(id, ct) is not { } seen) return false;
        var (entry, clear, agency) = (seen.Facts.EntryId, seen.Facts.TravellerIdentity, seen.Facts.ScreeningAgency);
        var keyed = privacy.IdentityOf(clear);
        await TransactionLocks.TakeAsync(session, AlertRaising.LockName(entry, clear, agency), ct);
        await TransactionLocks.TakeAsync(session, AlertRaising.LockName(entry, keyed, agency), ct);
        if (await session.LoadAlertAsync(id, ct) is not { } alert || alert.Facts.TravellerIdentity != clear) return false;
        var key = privacy.KeyedDedupKey(entry, alert.Facts.DedupKey, clear);
        var change = new AlertChange(AlertChange.IdentityMigrationActor, null, clock.GetUtcNow(), $"identity-{id:N}");
        await session.AppendAlertAsync(alert, AlertDecider.Decide(new KeyIdentity(id, keyed, key, change), alert), ct);

        // The alert's dedup-key records under a clear key (its own, and one the audience migration left behind) go; the one that
        // routes hits moves to the keyed key unless a newer alert holds that already, and keeps its generation.
        var owned = await session.Query<OpenAlertKey>().Where(k => k.AlertId == id).ToListAsync(ct);
        foreach (var old in owned.Where(k => !k.Id.StartsWith($"{entry:N}|{Pseudonyms.Prefix}", StringComparison.Ordinal)))
        {
            if (old.Id == alert.Facts.DedupKey && await session.LoadAsync<OpenAlertKey>(key, ct) is null)
                session.Insert(old with { Id = key });
            session.Delete(old);
        }
        foreach (var fp in await session.Query<FalsePositive>().Where(f => f.AlertId == id).ToListAsync(ct))
            session.Store(fp with { TravellerIdentity = keyed });
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (e is JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException)
        {
            return false;
        }
    }
}
