using MassTransit;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Alerts.Entries;

/// <summary>
/// Hands every entry event to the <see cref="WatchedEntryWriter"/> and returns once its group has committed. Re-screening
/// recent crossings for the change is not done here: it has its own queue (<see cref="RetroConsumer"/>), so an import does not
/// hold this one up.
/// </summary>
public sealed class WatchedEntryConsumer(WatchedEntryWriter writer)
    : IConsumer<EntryListed>, IConsumer<EntryChanged>, IConsumer<EntryDelisted>
{
    public Task Consume(ConsumeContext<EntryListed> context) => writer.ApplyAsync(context, EntryEvent.Of(context.Message));

    public Task Consume(ConsumeContext<EntryChanged> context) => writer.ApplyAsync(context, EntryEvent.Of(context.Message));

    public Task Consume(ConsumeContext<EntryDelisted> context) => writer.ApplyAsync(context, EntryEvent.Of(context.Message));
}

/// <summary>Entry events in hand at once: what one group can hold.</summary>
public sealed class WatchedEntryConsumerDefinition() : GroupedConsumerDefinition<WatchedEntryConsumer>(WatchedEntryWriter.InHand);
