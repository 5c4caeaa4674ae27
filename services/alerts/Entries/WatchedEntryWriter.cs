using Marten;
using Watchlist.Alerts.FalsePositives;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Entries;

/// <summary>
/// Keeps <see cref="WatchedEntry"/> current from every entry event, a group at a time, and in the same transaction ends
/// false-positive memory on a material amendment, so that live hits see it at once. (A change of releasability takes no
/// alert from anyone: an alert's audience is fixed when it is raised.)
/// </summary>
public sealed class WatchedEntryWriter(IDocumentStore store, ILogger<WatchedEntryWriter> log)
    : EntryCopyWriter<WatchedEntry>(store, "alerts.watched-entry", log)
{
    protected override string LockOf(Guid entryId) => $"watched-entry:{entryId}";

    protected override Guid IdOf(WatchedEntry copy) => copy.Id;

    protected override int VersionOf(WatchedEntry copy) => copy.Version;

    protected override async Task<WatchedEntry> WriteAsync(IDocumentSession session, EntryEvent change, WatchedEntry? known,
        CancellationToken ct)
    {
        var e = change.Entry;
        var primary = e.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? e.Names.FirstOrDefault()?.Value ?? "";
        var copy = new WatchedEntry(e.Id, e.Version, e.Status, primary, e.Action, e.Severity, e.Category, e.Lists, e.OwnerAgency,
            e.ReleasableTo, (known?.ChangesSeen ?? 0) + 1, change.Change.At, e, change.Change.ListPosition);
        session.Store(copy);
        if (change.Amendment is { } amendment) await MaterialChanges.EndMemoryAsync(session, amendment, ct);
        return copy;
    }
}
