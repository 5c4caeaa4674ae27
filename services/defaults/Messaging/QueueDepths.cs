using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary>
/// <c>watchlist_queue_messages{queue}</c>: the messages waiting in each queue this host consumes, asked of RabbitMQ every few
/// seconds (a passive declare answers the count). A queue that keeps growing is a consumer that cannot keep up. The queues
/// are the receive endpoints the bus started here, so every consumer is covered without a list to keep.
/// </summary>
public sealed class QueueDepths(MessagingSettings settings, ILogger<QueueDepths> log) : BackgroundService, IReceiveEndpointObserver
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, long> _depths = new();
    private readonly Telemetry.ScrapeDemand _demand = new();

    public IEnumerable<Measurement<double>> Observe()
    {
        _demand.Scraped();
        return _depths.Select(d => new Measurement<double>(d.Value, new KeyValuePair<string, object?>("queue", d.Key)));
    }

    public Task Ready(ReceiveEndpointReady ready)
    {
        var queue = QueueLag.QueueOf(ready.InputAddress);
        // The bus's own reply endpoint is per process and short-lived; it is no consumer's backlog.
        if (!queue.Contains("_bus_", StringComparison.Ordinal)) _depths.TryAdd(queue, 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory { Uri = settings.RabbitMqUrl, ClientProvidedName = "watchlist-queue-depths" };
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Every, stoppingToken);
            if (_depths.IsEmpty || !_demand.Wanted) continue;
            try
            {
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                foreach (var queue in _depths.Keys)
                {
                    // A channel each: a queue gone since (a temporary one) closes the channel it was asked on.
                    await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
                    try { _depths[queue] = (await channel.QueueDeclarePassiveAsync(queue, stoppingToken)).MessageCount; }
                    catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { _depths.TryRemove(queue, out _); }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogDebug(ex, "Reading queue depths failed; trying again");
            }
        }
    }
}
