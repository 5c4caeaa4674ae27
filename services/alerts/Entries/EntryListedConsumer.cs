using Marten;
using MassTransit;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Entries;

public sealed class EntryListedConsumer(IDocumentStore store) : IConsumer<EntryListed>
{
    public Task Consume(ConsumeContext<EntryListed> context) =>
        store.HandleOnceAsync(context, "alerts.entry-listed", async session =>
        {
            var e = context.Message.Entry;
            var seen = (await session.LoadAsync<WatchedEntry>(e.Id, context.CancellationToken))?.ChangesSeen ?? 0;
            var primary = e.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? e.Names.FirstOrDefault()?.Value ?? "";
            session.Store(new WatchedEntry(e.Id, e.Version, e.Status, primary, e.Action, e.Severity, e.Category, e.Lists,
                e.OwnerAgency, e.ReleasableTo, seen + 1));
        });
}
