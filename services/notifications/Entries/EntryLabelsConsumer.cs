using MassTransit;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.Messaging;

namespace Watchlist.Notifications.Entries;

/// <summary>Hands every entry event to the <see cref="EntryLabelsWriter"/> and returns once its group has committed.</summary>
public sealed class EntryLabelsConsumer(EntryLabelsWriter writer)
    : IConsumer<EntryListed>, IConsumer<EntryChanged>, IConsumer<EntryDelisted>
{
    public Task Consume(ConsumeContext<EntryListed> context) => writer.ApplyAsync(context, EntryEvent.Of(context.Message));

    public Task Consume(ConsumeContext<EntryChanged> context) => writer.ApplyAsync(context, EntryEvent.Of(context.Message));

    public Task Consume(ConsumeContext<EntryDelisted> context) => writer.ApplyAsync(context, EntryEvent.Of(context.Message));
}

/// <summary>Entry events in hand at once: what one group can hold.</summary>
public sealed class EntryLabelsConsumerDefinition() : GroupedConsumerDefinition<EntryLabelsConsumer>(EntryLabelsWriter.InHand);
