using JasperFx.Events;
using Marten;
using MassTransit;
using Watchlist.Alerts.Entries;
using Watchlist.Contracts.Entries;
using Watchlist.Notifications.Entries;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Foundation;

/// <summary>Store first, then the bus: a listed entry reaches both consumers once, however often it is delivered.</summary>
public sealed class EventPathTests(PlatformTest<EventPathTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EventPathTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_listed_entry_reaches_the_alerts_and_notifications_services()
    {
        var id = await Platform.ListPersonAsync("Đặng Thị Đào");

        var watched = await Eventually.Until(
            () => Load<WatchedEntry>(Platform.Alerts.Services, id), e => e is not null, "alerts to see the entry");
        var labels = await Eventually.Until(
            () => Load<EntryLabels>(Platform.Notifications.Services, id), e => e is not null, "notifications to see the entry");

        Assert.Equal("Đặng Thị Đào", watched!.PrimaryName);
        Assert.Equal("CRITICAL", watched.Severity);
        Assert.Equal(["*"], labels!.ReleasableTo);
        Assert.Equal("HUMAN_TRAFFICKING", labels.Category);
    }

    [Fact]
    public async Task The_stored_event_id_is_the_message_id_and_the_correlation_id_is_kept()
    {
        var id = await Platform.ListPersonAsync("Trần Văn Nam");
        await using var session = Platform.StoreOf(Platform.Watchlist).QuerySession();
        var stored = (await session.Events.FetchStreamAsync(id)).Single();

        await Eventually.Until(() => Load<WatchedEntry>(Platform.Alerts.Services, id), e => e is not null, "alerts to see the entry");
        await using var alerts = Platform.StoreOf(Platform.Alerts).QuerySession();
        Assert.NotNull(await alerts.LoadAsync<HandledMessage>($"alerts.watched-entry/{stored.Id}"));
        Assert.False(string.IsNullOrEmpty(stored.CorrelationId));
    }

    [Fact]
    public async Task A_redelivered_message_is_consumed_again_but_has_no_second_effect()
    {
        var id = await Platform.ListPersonAsync("Lê Thị Hoa");
        await Eventually.Until(() => Load<WatchedEntry>(Platform.Alerts.Services, id), e => e is not null, "alerts to see the entry");
        await Eventually.Until(
            () => Load<EntryLabels>(Platform.Notifications.Services, id), e => e is not null, "notifications to see the entry");
        // Retro's queue too has handled the first copy: otherwise a late first delivery there counts as a third below.
        await Eventually.Until(() => Load<Watchlist.Alerts.Retro.RetroEntry>(Platform.Alerts.Services, id), e => e is not null,
            "retro-screening to see the entry");

        var stored = await StoredEventOf(id);
        var alertsSaw = ConsumedMessages.ObserveBusOf(Platform.Alerts.Services);
        var notificationsSaw = ConsumedMessages.ObserveBusOf(Platform.Notifications.Services);
        var message = await Republish(stored);

        // The alerts service takes entry events on two queues: the entry snapshots' upkeep and retro-screening's own.
        await Eventually.Until(
            () => Task.FromResult(alertsSaw.DeliveriesOf(stored.Id)), n => n == 2, "both alerts queues to receive the redelivery");
        await Eventually.Until(
            () => Task.FromResult(notificationsSaw.DeliveriesOf(stored.Id)), n => n == 1, "notifications to receive the redelivery");
        Assert.Equal(1, (await Load<WatchedEntry>(Platform.Alerts.Services, id))!.ChangesSeen);
        Assert.Equal(1, (await Load<Watchlist.Alerts.Retro.RetroEntry>(Platform.Alerts.Services, id))!.Version);
        Assert.Equal(1, (await Load<EntryLabels>(Platform.Notifications.Services, id))!.ChangesSeen);
        Assert.Equal(id, message.Entry.Id);
    }

    [Fact]
    public async Task Versions_of_one_entry_consumed_side_by_side_leave_both_consumers_at_the_newest()
    {
        // The forwarder publishes a page of events at a time, so an entry's versions reach a queue back to back and are
        // consumed side by side; an older version must never commit over a newer one (CI saw a delisting lost that way).
        var listed = await Platform.ListPersonAsync("Vũ Thị Lan");
        var first = await Eventually.Until(
            () => Load<WatchedEntry>(Platform.Alerts.Services, listed), e => e is not null, "alerts to see the entry");
        var entries = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();
        const int newest = 6;
        var bus = Platform.Watchlist.Services.GetRequiredService<IBus>();
        var change = new ChangeContext("tester", "VN-MPS", "race", DateTimeOffset.UtcNow, null);
        await Task.WhenAll(entries.SelectMany(id => Enumerable.Range(1, newest).Select(version => bus.Publish(new EntryChanged(
            first!.Snapshot! with { Id = id, Version = version, Severity = version == newest ? "LOW" : "HIGH" },
            "AMENDED", ["severity"], change)))));

        foreach (var id in entries)
        {
            var watched = await Eventually.Until(() => Load<WatchedEntry>(Platform.Alerts.Services, id),
                e => e?.Version == newest, $"alerts to keep version {newest} of {id}");
            var labels = await Eventually.Until(() => Load<EntryLabels>(Platform.Notifications.Services, id),
                e => e?.Version == newest, $"notifications to keep version {newest} of {id}");
            Assert.Equal("LOW", watched!.Severity);
            Assert.Equal(newest, labels!.Version);
        }
    }

    private async Task<IEvent> StoredEventOf(Guid id)
    {
        await using var session = Platform.StoreOf(Platform.Watchlist).QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Single();
    }

    /// <summary>Publishes the stored event again under its own id, as the forwarder does after a crash.</summary>
    private async Task<EntryListed> Republish(IEvent stored)
    {
        var map = Platform.Watchlist.Services.GetRequiredService<IIntegrationEventMap>();
        await using var session = Platform.StoreOf(Platform.Watchlist).QuerySession();
        var message = (EntryListed)(await map.ToIntegrationEventsAsync([stored], session, CancellationToken.None)).Single().Single();
        await Platform.Watchlist.Services.GetRequiredService<IBus>().Publish(message, ctx => ctx.MessageId = stored.Id);
        return message;
    }

    private static async Task<T?> Load<T>(IServiceProvider services, Guid id) where T : notnull
    {
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<T>(id);
    }
}
