using Marten;
using Watchlist.Contracts.Entries;

namespace Watchlist.Alerts.Alerts;

/// <summary>An alert inherits its entry's releasability: when the entry's changes, every alert of the entry follows (and so does its false-positive memory).</summary>
public static class AlertReleasability
{
    /// <param name="unsaved">Receives the changed alerts, so that a re-screening in the same session counts on them.</param>
    public static async Task FollowEntryAsync(IDocumentSession session, EntryChanged changed, Raising.SessionAlerts unsaved, CancellationToken ct)
    {
        if (!changed.ChangedFields.Contains("releasableTo")) return;
        var entryId = changed.Entry.Id;
        var alerts = await session.Query<AlertView>().Where(v => v.EntryId == entryId).ToListAsync(ct);
        var change = new AlertChange(changed.Change.Actor, changed.Change.Agency, changed.Change.At, changed.Change.CorrelationId);
        var remembered = await session.Query<FalsePositives.FalsePositive>().Where(f => f.EntryId == entryId).ToListAsync(ct);
        foreach (var fp in remembered) session.Store(fp with { ReleasableTo = changed.Entry.ReleasableTo });
        foreach (var view in alerts)
        {
            var after = await session.AppendAlertAsync(view.Alert,
                AlertDecider.Decide(new ChangeAlertReleasability(view.Id, changed.Entry.ReleasableTo, change), view.Alert), ct);
            // Only the key's newest alert takes further hits; an older, resolved one of the same key must not shadow it.
            if (!unsaved.ByKey.TryGetValue(after.Facts.DedupKey, out var other) || other.RaisedAt < after.RaisedAt) unsaved.ByKey[after.Facts.DedupKey] = after;
        }
    }
}
