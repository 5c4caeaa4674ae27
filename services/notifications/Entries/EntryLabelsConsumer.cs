using Marten;
using MassTransit;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Notifications.Entries;

/// <summary>Keeps <see cref="EntryLabels"/> current from every entry event; older versions never overwrite newer
/// ones, and writers of one entry take turns.</summary>
public sealed class EntryLabelsConsumer(IDocumentStore store) : IConsumer<EntryListed>, IConsumer<EntryChanged>, IConsumer<EntryDelisted>
{
    public Task Consume(ConsumeContext<EntryListed> context) => Apply(context, context.Message.Entry);

    public Task Consume(ConsumeContext<EntryChanged> context) => Apply(context, context.Message.Entry);

    public Task Consume(ConsumeContext<EntryDelisted> context) => Apply(context, context.Message.Entry);

    private Task Apply(ConsumeContext context, EntrySnapshot e) =>
        store.HandleOnceAsync(context, "notifications.entry-labels", async session =>
        {
            // Versions of one entry are consumed side by side: turns keep an older one from committing over a newer one.
            await TransactionLocks.TakeAsync(session, $"entry-labels:{e.Id}", context.CancellationToken);
            var known = await session.LoadAsync<EntryLabels>(e.Id, context.CancellationToken);
            if (known is not null && known.Version >= e.Version) return;
            session.Store(new EntryLabels(
                e.Id, e.Version, e.Lists, e.Category, e.Action, e.OwnerAgency, e.ReleasableTo, (known?.ChangesSeen ?? 0) + 1));
        });
}
