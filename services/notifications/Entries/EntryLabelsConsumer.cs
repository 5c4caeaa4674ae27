using Marten;
using MassTransit;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Notifications.Entries;

public sealed class EntryLabelsConsumer(IDocumentStore store) : IConsumer<EntryListed>
{
    public Task Consume(ConsumeContext<EntryListed> context) =>
        store.HandleOnceAsync(context, "notifications.entry-listed", async session =>
        {
            var e = context.Message.Entry;
            var seen = (await session.LoadAsync<EntryLabels>(e.Id, context.CancellationToken))?.ChangesSeen ?? 0;
            session.Store(new EntryLabels(e.Id, e.Version, e.Lists, e.Category, e.Action, e.OwnerAgency, e.ReleasableTo, seen + 1));
        });
}
