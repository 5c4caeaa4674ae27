using System.Collections.Concurrent;
using MassTransit;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Counts deliveries that a host's consumers finished, by message id: proof that a redelivery really arrived.</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public int DeliveriesOf(Guid messageId) => _deliveries.GetValueOrDefault(messageId);

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id) _deliveries.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public static ConsumedMessages ObserveBusOf(IServiceProvider services)
    {
        var observer = new ConsumedMessages();
        services.GetRequiredService<IBus>().ConnectConsumeObserver(observer);
        return observer;
    }
}
