using MassTransit;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// RabbitMQ restarts in the middle of a burst of 1,000 alerts: every connection drops and comes back, publishers retry as
/// the forwarder does, and every feed still ends with every alert it wants, each once, in order. It runs alone, after the
/// parallel tests, because restarting the broker would disturb every other test.
/// </summary>
[Collection(BrokerRestartCollection.Name)]
public sealed class BrokerRestartTests(RabbitMqFixture rabbit) : ReplicaTest(rabbit, "br")
{
    [Fact]
    public async Task A_broker_restart_mid_burst_loses_nothing_and_repeats_nothing()
    {
        var first = Replicas.StartInProcess();
        var second = Replicas.StartInProcess();
        var burst = await AlertBurst.SubscribeAsync(first.Address);
        var feed = burst.Feeds[0];
        var reader = new ResumingSseReader(feed.Client, feed.Id) { Replica = first.Address };
        reader.Start();

        await burst.PublishAsync(
            second.Services.GetRequiredService<IBus>(), i => i == 300 ? Broker.RestartAsync(TimeSpan.FromSeconds(2)) : null);

        await burst.AssertEveryFeedCompleteAsync(second.Address);
        await reader.AssertReceivedWholeFeedAsync(feed, second.Address);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerRestartCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "broker-restart";
}
