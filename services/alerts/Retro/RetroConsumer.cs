using MassTransit;
using Watchlist.Contracts.Entries;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Retro-screening's own queue of entry changes, apart from live hits and from the entry snapshots' upkeep, so that an import
/// re-screening for minutes delays neither. Competing consumers: each change is re-screened by one replica. Each message is
/// handed to the <see cref="RetroWriter"/> and acknowledged once its group has committed.
/// </summary>
public sealed class RetroConsumer(RetroWriter writer) : IConsumer<EntryListed>, IConsumer<EntryChanged>, IConsumer<EntryDelisted>
{
    public const string Name = "alerts.retro";

    public Task Consume(ConsumeContext<EntryListed> context) =>
        writer.RescreenAsync(HandledId(context), context.Message.Entry, context.Message.Change, null, context.CancellationToken);

    public Task Consume(ConsumeContext<EntryChanged> context) =>
        writer.RescreenAsync(HandledId(context), context.Message.Entry, context.Message.Change, context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<EntryDelisted> context) =>
        writer.RescreenAsync(HandledId(context), context.Message.Entry, context.Message.Change, null, context.CancellationToken);

    private static string HandledId(ConsumeContext context) =>
        $"{Name}/{context.MessageId ?? throw new InvalidOperationException("An entry change arrived without a MessageId.")}";
}
