using System.Collections.Concurrent;
using MassTransit;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary><c>watchlist_queue_lag_seconds{queue}</c>: how old each message is when its consumer takes it (sent to consumed,
/// retries included), the other half of a queue's health beside <see cref="QueueDepths"/>.</summary>
public sealed class QueueLag<T> : IFilter<ConsumeContext<T>> where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.SentTime is { } sent)
            WatchlistMetrics.QueueLag.Record(Math.Max(0, (DateTime.UtcNow - sent).TotalSeconds),
                new KeyValuePair<string, object?>("queue", QueueLag.QueueOf(context.ReceiveContext.InputAddress)));
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("queueLag");
}

public static class QueueLag
{
    private static readonly ConcurrentDictionary<Uri, string> Names = new();

    /// <summary>The queue's name, the last segment of an endpoint's address (cached: it is asked once per message).</summary>
    public static string QueueOf(Uri address) => Names.GetOrAdd(address, a => a.AbsolutePath.TrimEnd('/').Split('/')[^1]);
}
