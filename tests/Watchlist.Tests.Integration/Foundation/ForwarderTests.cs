using Marten;
using MassTransit;
using Npgsql;
using Watchlist.Alerts.Entries;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Foundation;

/// <summary>The forwarder loses nothing when the bus or the process goes away part-way, and consumers apply nothing twice.</summary>
public sealed class ForwarderTests(PlatformTest<ForwarderTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ForwarderTests>(fixture, rabbit)
{
    [Fact]
    public async Task Events_stored_while_the_bus_is_stopped_are_published_once_it_is_back()
    {
        var before = await ListMany("Before Stop", 5);
        await AllSeenOnce(before);

        var bus = Platform.Watchlist.Services.GetRequiredService<IBusControl>();
        await bus.StopAsync();
        var during = await ListMany("During Stop", 5);
        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var id in during)
            Assert.Null(await WatchedEntryOf(id)); // stored, but not yet forwarded

        await bus.StartAsync();
        await AllSeenOnce([.. before, .. during]);
    }

    [Fact]
    public async Task A_restart_that_lost_its_checkpoint_republishes_everything_and_nothing_takes_effect_twice()
    {
        var listed = await ListMany("Crash Case", 8);
        await AllSeenOnce(listed);
        var alertsSaw = ConsumedMessages.ObserveBusOf(Platform.Alerts.Services);

        // The process dies after publishing but before its checkpoint is written: on restart the
        // forwarder starts again from an older position and publishes those events a second time.
        await Platform.Watchlist.DisposeAsync();
        await RewindForwarder();
        Platform.StartWatchlist(Rabbit);

        await using var session = Platform.StoreOf(Platform.Watchlist).QuerySession();
        var firstEvent = (await session.Events.FetchStreamAsync(listed[0])).Single();
        await Eventually.Until(
            () => Task.FromResult(alertsSaw.DeliveriesOf(firstEvent.Id)), n => n >= 1, "the republished event to arrive");
        var more = await ListMany("After Restart", 3);
        await AllSeenOnce([.. listed, .. more]);
    }

    private async Task<List<Guid>> ListMany(string prefix, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add(await Platform.ListPersonAsync($"{prefix} {i}"));
        return ids;
    }

    private async Task AllSeenOnce(IReadOnlyList<Guid> ids)
    {
        foreach (var id in ids)
        {
            var watched = await Eventually.Until(
                () => WatchedEntryOf(id), e => e is not null, $"alerts to see entry {id}", TimeSpan.FromSeconds(30));
            Assert.Equal(1, watched!.ChangesSeen);
        }
        await using var alerts = Platform.StoreOf(Platform.Alerts).QuerySession();
        var handled = await alerts.Query<HandledMessage>().CountAsync();
        Assert.True(handled >= ids.Count, $"alerts recorded {handled} handled messages for {ids.Count} entries");
    }

    private async Task<WatchedEntry?> WatchedEntryOf(Guid id)
    {
        await using var session = Platform.StoreOf(Platform.Alerts).QuerySession();
        return await session.LoadAsync<WatchedEntry>(id);
    }

    private async Task RewindForwarder()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var rewind = new NpgsqlCommand(
            $"UPDATE \"{Platform.Schema("watchlist")}\".mt_event_progression SET last_seq_id = 0 " +
            $"WHERE name LIKE '{EventForwarder.SubscriptionId}%'", connection);
        Assert.True(await rewind.ExecuteNonQueryAsync() > 0, "the forwarder's checkpoint row was not found");
    }
}
