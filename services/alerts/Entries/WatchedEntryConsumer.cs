using Marten;
using MassTransit;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Entries;

/// <summary>Keeps <see cref="WatchedEntry"/> current from every entry event; older versions never overwrite newer ones.</summary>
public sealed class WatchedEntryConsumer(IDocumentStore store) : IConsumer<EntryListed>, IConsumer<EntryChanged>, IConsumer<EntryDelisted>
{
    public Task Consume(ConsumeContext<EntryListed> context) => Apply(context, context.Message.Entry);

    public Task Consume(ConsumeContext<EntryChanged> context) => Apply(context, context.Message.Entry);

    public Task Consume(ConsumeContext<EntryDelisted> context) => Apply(context, context.Message.Entry);

    private Task Apply(ConsumeContext context, EntrySnapshot e) =>
        store.HandleOnceAsync(context, "alerts.watched-entry", async session =>
        {
            var known = await session.LoadAsync<WatchedEntry>(e.Id, context.CancellationToken);
            if (known is not null && known.Version >= e.Version) return;
            var primary = e.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? e.Names.FirstOrDefault()?.Value ?? "";
            session.Store(new WatchedEntry(e.Id, e.Version, e.Status, primary, e.Action, e.Severity, e.Category, e.Lists,
                e.OwnerAgency, e.ReleasableTo, (known?.ChangesSeen ?? 0) + 1));
        });
}
