using System.Collections.Concurrent;
using MassTransit;
using Watchlist.Contracts.Screening;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// Counts deliveries that a host's consumers finished, by message id: proof that a redelivery really arrived. A bundle of
/// crossings counts for each crossing under the id it would have travelled alone, which is how consumers recognise it.
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public int DeliveriesOf(Guid messageId) => _deliveries.GetValueOrDefault(messageId);

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id) Count(id);
        if (context.Message is TravellersScreened bundle)
            foreach (var crossing in bundle.Crossings) Count(crossing.MessageId);
        return Task.CompletedTask;
    }

    private void Count(Guid messageId) => _deliveries.AddOrUpdate(messageId, 1, (_, n) => n + 1);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public static ConsumedMessages ObserveBusOf(IServiceProvider services)
    {
        var observer = new ConsumedMessages();
        services.GetRequiredService<IBus>().ConnectConsumeObserver(observer);
        return observer;
    }
}
