using MassTransit;
using Watchlist.Notifications;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Notifications replicas share one database and one durable queue; one is stopped, or killed outright, in the middle
/// of a burst of 1,000 alerts and a new one starts. Every feed must end with every alert it wants, each version once, in
/// order, and an SSE client that resumes with Last-Event-ID on another replica sees no gap and no repeat.
/// The platform's hosts use self-deleting queues (which would lose messages on purpose), so this class runs its own.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class NoLossTests(RabbitMqFixture rabbit) : ReplicaTest(rabbit, "nl")
{
    [Fact]
    public async Task Stopping_a_replica_mid_burst_loses_nothing_and_repeats_nothing()
    {
        var first = Replicas.StartInProcess();
        var second = Replicas.StartInProcess();
        var burst = await AlertBurst.SubscribeAsync(first.Address);

        await burst.PublishAsync(second.Services.GetRequiredService<IBus>(), i => i switch
        {
            300 => first.DisposeAsync().AsTask(), // stopped while the burst is in flight
            600 => Task.Run(() => Replicas.StartInProcess()),
            _ => null,
        });

        await burst.AssertEveryFeedCompleteAsync(second.Address);
    }

    [Fact]
    public async Task Killing_a_replica_mid_burst_loses_nothing_and_an_sse_client_resumes_on_another_without_gap_or_repeat()
    {
        var doomed = await Replicas.StartProcessAsync();
        var survivor = Replicas.StartInProcess();
        var burst = await AlertBurst.SubscribeAsync(survivor.Address);
        var feed = burst.Feeds[0];
        var reader = new ResumingSseReader(feed.Client, feed.Id) { Replica = doomed.Address };
        reader.Start();
        await Eventually.Until(
            () => Task.FromResult(reader.Connections), n => n == 1, "the SSE reader to connect to the replica to be killed");

        await burst.PublishAsync(survivor.Services.GetRequiredService<IBus>(), i => i switch
        {
            // SIGKILL: no draining, no acknowledgements; the broker hands its unacknowledged messages to the survivor.
            300 => KillAndMoveAsync(doomed, reader, survivor.Address),
            _ => null,
        });

        await burst.AssertEveryFeedCompleteAsync(survivor.Address);
        await reader.AssertReceivedWholeFeedAsync(feed, survivor.Address);
        Assert.True(reader.Reconnections >= 1, "the SSE stream should have broken when its replica was killed");
    }

    private static async Task KillAndMoveAsync(ServiceProcess doomed, ResumingSseReader reader, Uri survivor)
    {
        reader.Replica = survivor;
        await doomed.KillAsync();
    }
}
