using Marten;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Notifications.Entries;

/// <summary>Keeps <see cref="EntryLabels"/> current from every entry event, a group at a time.</summary>
public sealed class EntryLabelsWriter(IDocumentStore store, ILogger<EntryLabelsWriter> log)
    : EntryCopyWriter<EntryLabels>(store, "notifications.entry-labels", log)
{
    protected override string LockOf(Guid entryId) => $"entry-labels:{entryId}";

    protected override Guid IdOf(EntryLabels copy) => copy.Id;

    protected override int VersionOf(EntryLabels copy) => copy.Version;

    protected override Task<EntryLabels> WriteAsync(IDocumentSession session, EntryEvent change, EntryLabels? known,
        CancellationToken ct)
    {
        var e = change.Entry;
        var copy = new EntryLabels(e.Id, e.Version, e.Lists, e.Category, e.Action, e.OwnerAgency, e.ReleasableTo,
            (known?.ChangesSeen ?? 0) + 1);
        session.Store(copy);
        return Task.FromResult(copy);
    }
}
