using Marten;
using MassTransit;
using Watchlist.Alerts.FalsePositives;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Entries;

/// <summary>
/// Keeps <see cref="WatchedEntry"/> current from every entry event (older versions never overwrite newer ones, and writers
/// of one entry take turns, decision 0117) and, in the same transaction, ends false-positive memory on a material
/// amendment, so that live hits see it at once. (A change of
/// releasability takes no alert from anyone: an alert's audience is fixed when it is raised.) Re-screening recent crossings
/// for the change is not done here: it has its own queue (<see cref="RetroConsumer"/>), so an import does not hold this one up.
/// </summary>
public sealed class WatchedEntryConsumer(IDocumentStore store) : IConsumer<EntryListed>, IConsumer<EntryChanged>, IConsumer<EntryDelisted>
{
    public Task Consume(ConsumeContext<EntryListed> context) => Apply(context, context.Message.Entry, context.Message.Change, null);

    public Task Consume(ConsumeContext<EntryChanged> context) =>
        Apply(context, context.Message.Entry, context.Message.Change, (session, ct) =>
            MaterialChanges.EndMemoryAsync(session, context.Message, ct));

    public Task Consume(ConsumeContext<EntryDelisted> context) => Apply(context, context.Message.Entry, context.Message.Change, null);

    private Task Apply(ConsumeContext context, EntrySnapshot e, ChangeContext change,
        Func<IDocumentSession, CancellationToken, Task>? react) =>
        store.HandleOnceAsync(context, "alerts.watched-entry", async session =>
        {
            // Versions of one entry arrive together (the forwarder publishes a page at a time) and are consumed side by
            // side: without turns, two writers both read version 1 and the older one's commit can land last.
            await TransactionLocks.TakeAsync(session, $"watched-entry:{e.Id}", context.CancellationToken);
            var known = await session.LoadAsync<WatchedEntry>(e.Id, context.CancellationToken);
            if (known is not null && known.Version >= e.Version) return;
            var primary = e.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? e.Names.FirstOrDefault()?.Value ?? "";
            session.Store(new WatchedEntry(e.Id, e.Version, e.Status, primary, e.Action, e.Severity, e.Category, e.Lists,
                e.OwnerAgency, e.ReleasableTo, (known?.ChangesSeen ?? 0) + 1, change.At, e, change.ListPosition));
            if (react is not null) await react(session, context.CancellationToken);
        });
}
