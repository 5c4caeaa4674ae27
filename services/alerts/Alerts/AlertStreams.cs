using System.Runtime.CompilerServices;
using Marten;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Alerts.FalsePositives;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// The edge between the pure alert rules and Marten: load the current state, append decided events together with the
/// read model and the documents that follow from them (the dedup key, false-positive memory, the screenings counted), in one
/// transaction.
/// </summary>
public static class AlertStreams
{
    /// <summary>The board row each session has staged per alert: a later append to the alert replaces it (decision 0141).</summary>
    private static readonly ConditionalWeakTable<IDocumentSession, Dictionary<Guid, AlertView>> StagedViews = new();

    public static async Task<Alert?> LoadAlertAsync(this IQuerySession session, Guid id, CancellationToken ct) =>
        (await session.LoadAsync<AlertView>(id, ct))?.Alert;

    public static async Task<IReadOnlyList<JasperFx.Events.IEvent>> AlertEventsAsync(this IQuerySession session, Guid id,
        CancellationToken ct) =>
        await session.Events.FetchStreamAsync(id, token: ct);

    /// <summary>
    /// Stages the events with the read model and what follows from them (<see cref="StreamAppends"/>). The read model holds the
    /// alert in clear (until retention pseudonymises it); a raising is stored sealed, so it needs <paramref name="privacy"/>.
    /// </summary>
    public static async Task<Alert> AppendAlertAsync(this IDocumentSession session, Alert? before, IReadOnlyList<IAlertEvent> events,
        CancellationToken ct, Retention.AlertPrivacy? privacy = null)
    {
        var after = AlertDecider.Fold(before, events) ?? throw new InvalidOperationException("Events produced no alert.");
        if (events.Count == 0) return after;
        var stored = !events.Any(e => e is AlertRaised) ? events
            : privacy?.Seal(session, events) ?? throw new InvalidOperationException("An alert's raising is stored sealed (AlertPrivacy).");
        session.StageEvents<Alert>(after.Id, before is null, after.Version, stored, stored[^1].Change.CorrelationId);
        if (before is { ScreeningsRecorded: false })
        {
            // A view stored before the records holds every screening it counted: they are recorded now, as it shrinks.
            foreach (var id in before.ScreeningIds) session.Store(CountedScreening.Of(before, id, before.LastHitAt));
            after = after with { ScreeningsRecorded = true };
        }
        StageView(session, AlertView.From(after));
        foreach (var e in events) await FollowAsync(session, after, e, ct);
        return after;
    }

    /// <summary>
    /// Marten writes every document staged, even several of one id: a group of hits counted on one alert upserted its board row
    /// once per hit, each a rewrite of the row and its indexes. Only the last state is kept, so the row is written once per
    /// transaction; the events, counted screenings and handled records are still one per hit.
    /// </summary>
    private static void StageView(IDocumentSession session, AlertView view)
    {
        var staged = StagedViews.GetOrCreateValue(session);
        // Ejecting a view saved by an earlier SaveChanges of this session finds no operation and does nothing.
        if (staged.Remove(view.Id, out var earlier)) session.Eject(earlier);
        staged[view.Id] = view;
        session.Store(view);
    }

    private static async Task FollowAsync(IDocumentSession session, Alert alert, IAlertEvent e, CancellationToken ct)
    {
        switch (e)
        {
            // Inserted, never stored over: a pair counted twice fails the transaction (a lost race, run again).
            case AlertRaised raised:
                session.Insert(CountedScreening.Of(alert, raised.Hit.ScreeningId, e.Change.At));
                break;
            case HitRepeated repeated:
                session.Insert(CountedScreening.Of(alert, repeated.Hit.ScreeningId, e.Change.At));
                break;
            case AlertResolved resolved:
                await SetKeyOpenAsync(session, alert, open: false, ct);
                if (resolved.Outcome == AlertOutcome.FalsePositive)
                    session.Store(new FalsePositive(Guid.CreateVersion7(e.Change.At), alert.Facts.EntryId, alert.Facts.TravellerIdentity,
                        alert.Id, alert.Facts.EntryName, alert.Facts.OwnerAgency, alert.Facts.ScreeningAgency,
                        alert.Facts.Audience?.Agencies, e.Change.Actor, e.Change.Agency, e.Change.At,
                        true, null, null, null));
                break;
            case AlertReopened reopened:
                await SetKeyOpenAsync(session, alert, open: true, ct);
                var remembered = await session.Query<FalsePositive>().Where(f => f.AlertId == alert.Id && f.Active).ToListAsync(ct);
                foreach (var fp in remembered)
                    session.Store(fp.End(e.Change.Actor, $"The alert was reopened: {reopened.Reason}", e.Change.At));
                break;
        }
    }

    /// <summary>Only the key's latest alert owns it: reopening an older one does not take the key from a newer alert.</summary>
    private static async Task SetKeyOpenAsync(IDocumentSession session, Alert alert, bool open, CancellationToken ct)
    {
        var key = await session.LoadAsync<OpenAlertKey>(alert.Facts.DedupKey, ct);
        if (key is not null && key.AlertId == alert.Id) session.Store(key with { Open = open });
    }
}
