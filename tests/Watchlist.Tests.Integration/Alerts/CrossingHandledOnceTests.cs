using MassTransit;
using Npgsql;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// A crossing is handled once by its row in the crossing log (decision 0132), whichever way its copies come: the same message
/// again, in a bundle, under another message id. Crossings are published straight onto the alerts service's bus, so the
/// copies are exactly the ones named here.
/// </summary>
public sealed class CrossingHandledOnceTests(PlatformTest<CrossingHandledOnceTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<CrossingHandledOnceTests>(fixture, rabbit)
{
    [Fact]
    public async Task Copies_of_a_crossing_alone_in_a_bundle_and_under_another_message_id_record_it_once()
    {
        var (writer, saw, bus) = Parts();
        var recordedBefore = writer.Recorded;
        var (crossing, other) = (CrossingOf(DateTimeOffset.UtcNow), CrossingOf(DateTimeOffset.UtcNow));
        var (messageId, otherMessageId, secondId) = (NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid());

        await bus.Publish(crossing, c => c.MessageId = messageId);
        await bus.Publish(crossing, c => c.MessageId = messageId);
        await bus.Publish(new TravellersScreened([new(messageId, null, crossing), new(otherMessageId, null, other)]));
        await bus.Publish(crossing, c => c.MessageId = secondId);
        await Eventually.Until(() => Task.FromResult(saw.DeliveriesOf(messageId) == 3 && saw.DeliveriesOf(secondId) == 1
            && saw.DeliveriesOf(otherMessageId) == 1), done => done, "every copy to be consumed");

        Assert.Equal(2, writer.Recorded - recordedBefore);
        Assert.Equal(1, await LogRowsOfAsync(crossing.ScreeningId));
        Assert.Equal(1, await LogRowsOfAsync(other.ScreeningId));
        await using var session = Platform.StoreOf(Platform.Alerts).QuerySession();
        Assert.NotNull(await session.LoadAsync<Crossing>(crossing.ScreeningId));
        Assert.Empty(await session.LoadManyAsync<HandledMessage>(new[] { messageId, secondId }.Select(id => $"alerts.crossing/{id}")));
        var window = RetroFlows.WindowOf(Platform.Alerts);
        Assert.True(window.Contains(crossing.ScreeningId) && window.Contains(other.ScreeningId), "both crossings in the window");
    }

    [Fact]
    public async Task A_crossing_older_than_the_window_is_acknowledged_and_not_recorded()
    {
        var (writer, saw, bus) = Parts();
        var recordedBefore = writer.Recorded;
        var retro = Platform.Alerts.Services.GetRequiredService<RetroSettings>();
        var old = CrossingOf(DateTimeOffset.UtcNow - retro.Window - TimeSpan.FromHours(1));
        var young = CrossingOf(DateTimeOffset.UtcNow - retro.Window + TimeSpan.FromHours(1));
        var (oldId, youngId) = (NewId.NextGuid(), NewId.NextGuid());

        await bus.Publish(old, c => c.MessageId = oldId);
        await bus.Publish(young, c => c.MessageId = youngId);
        await Eventually.Until(() => Task.FromResult(saw.DeliveriesOf(oldId) == 1 && saw.DeliveriesOf(youngId) == 1), done => done,
            "both crossings to be consumed");

        Assert.Equal(1, writer.Recorded - recordedBefore);
        Assert.Equal(0, await LogRowsOfAsync(old.ScreeningId));
        Assert.Equal(1, await LogRowsOfAsync(young.ScreeningId));
        await using var session = Platform.StoreOf(Platform.Alerts).QuerySession();
        Assert.Null(await session.LoadAsync<Crossing>(old.ScreeningId));
        Assert.False(RetroFlows.WindowOf(Platform.Alerts).Contains(old.ScreeningId));
    }

    private (CrossingWriter Writer, ConsumedMessages Saw, IBus Bus) Parts() =>
        (Platform.Alerts.Services.GetRequiredService<CrossingWriter>(), ConsumedMessages.ObserveBusOf(Platform.Alerts.Services),
            Platform.Alerts.Services.GetRequiredService<IBus>());

    private static TravellerScreened CrossingOf(DateTimeOffset screenedAt) =>
        new(Guid.NewGuid(), screenedAt, TravellerRef: null,
            new TravellerSnapshot([$"{AlertFlows.RandomSurname()} {AlertFlows.RandomSurname()}"], "1980-05-12", null, "VN",
                [new TravellerDocument("PASSPORT", AlertFlows.NewPassport(), "VNM")], []),
            new ScreeningContextSnapshot("VN-TSN", Direction: null, Flight: null), "CLEAR", 0, "officer-1", "VN-MPS");

    private async Task<long> LogRowsOfAsync(Guid crossingId)
    {
        var store = Platform.StoreOf(Platform.Alerts);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {CrossingLog.Table(store)} where crossing_id = $1", connection)
        {
            Parameters = { new() { Value = crossingId } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
