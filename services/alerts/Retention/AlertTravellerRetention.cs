using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Alerts.Retention;

/// <summary>
/// Past <c>Retention:PersonalDataDays</c> from its raising, an alert's traveller as screened, and a content alert's post, are
/// replaced in its read model by keyed pseudonyms (the ones the screening record shows once its key is shredded; its stored
/// raising is sealed, <see cref="AlertPrivacy"/>). It is an event by the system actor in the alert's stream,
/// appended like any change (under the alert's lock, with its expected version), so it never overwrites a concurrent
/// acknowledgement and shows in the history; a lost race leaves the alert for the next batch. The alert's entry, hits,
/// handling and outcome stay.
/// </summary>
public sealed class AlertTravellerRetention(PersonalDataSettings settings, AlertPrivacy privacy, IDocumentStore store, TimeProvider clock)
    : IRetentionRule
{
    public string Name => "alert travellers";

    public TimeSpan Horizon => settings.Retention;

    public async Task<int> PruneBatchAsync(IDocumentSession session, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var cutoff = now - Horizon;
        // Also those pseudonymised before posts were, whose post is still in clear.
        var due = await session.Query<AlertView>().Where(v => v.Alert.RaisedAt < cutoff && (v.Alert.Facts.PseudonymisedAt == null
                || (v.Alert.Facts.Post != null && !v.Alert.Facts.Post.StartsWith(Pseudonyms.Prefix))))
            .OrderBy(v => v.SortKey).Select(v => v.Id).Take(batchSize).ToListAsync(ct);
        var done = 0;
        foreach (var id in due)
            if (await PseudonymiseAsync(id, ct)) done++;
        // Fewer done than found (lost races) ends this round's loop; the next round finds them again.
        return done;
    }

    private async Task<bool> PseudonymiseAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAlertAsync(id, ct) is not { } seen) return false;
        var facts = seen.Facts;
        await TransactionLocks.TakeAsync(session, AlertRaising.LockName(facts.EntryId, facts.TravellerIdentity, facts.ScreeningAgency), ct);
        if (await session.LoadAlertAsync(id, ct) is not { } alert) return false;
        var change = new AlertChange(AlertChange.RetentionActor, null, clock.GetUtcNow(), $"retention-{id:N}");
        var masked = privacy.Pseudonymise(alert.Facts);
        var events = AlertDecider.Decide(new PseudonymiseTraveller(id, masked.Traveller, masked.Post, change), alert);
        if (events.Count == 0) return false;
        await session.AppendAlertAsync(alert, events, ct);
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return false;
        }
    }
}
