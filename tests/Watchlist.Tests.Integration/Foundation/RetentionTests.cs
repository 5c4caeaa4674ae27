using System.Collections.Concurrent;
using Marten;
using MassTransit;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Retention;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Http;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.ServiceDefaults.Retention;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Foundation;

/// <summary>
/// Operational records are pruned past their horizon, in batches, by one replica at a time; younger ones still do their job.
/// </summary>
[AlertsSetting("Retention:HandledMessages", "01:00:00")]
[AlertsSetting("Retention:IdempotencyRecords", "02:00:00")]
[AlertsSetting("Retention:BatchSize", "2")]
[AlertsSetting("Alerts:Retro:Window", "1.00:00:00")]
public sealed class RetentionTests(PlatformTest<RetentionTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<RetentionTests>(fixture, rabbit)
{
    private IDocumentStore Store => Platform.StoreOf(Platform.Alerts);

    private RetentionService Retention => Platform.Alerts.Services.GetRequiredService<RetentionService>();

    [Fact]
    public async Task Records_past_their_horizon_are_pruned_in_batches_and_younger_ones_kept()
    {
        var now = DateTimeOffset.UtcNow;
        var handledOld = Enumerable.Range(0, 5).Select(i => Handled("test.old", now.AddMinutes(-61 - i))).ToList();
        var handledYoung = Enumerable.Range(0, 3).Select(i => Handled("test.young", now.AddMinutes(-55 + i))).ToList();
        var keysOld = Enumerable.Range(0, 5).Select(i => Record($"old-{Guid.NewGuid()}", now.AddHours(-2).AddMinutes(-1 - i))).ToList();
        var keysYoung = Enumerable.Range(0, 2).Select(i => Record($"young-{Guid.NewGuid()}", now.AddMinutes(-110))).ToList();
        var crossingsOld = Enumerable.Range(0, 3).Select(i => Crossing(now.AddDays(-1).AddMinutes(-1 - i))).ToList();
        var crossingsYoung = Enumerable.Range(0, 2).Select(i => Crossing(now.AddHours(-23))).ToList();
        // Kept for the longer of the retro window (a day here) and the handled-message horizon (an hour here).
        var countedOld = Enumerable.Range(0, 3).Select(i => Counted(now.AddDays(-1).AddMinutes(-1 - i))).ToList();
        var countedYoung = Enumerable.Range(0, 2).Select(i => Counted(now.AddHours(-2 - i))).ToList();
        await using (var session = Store.LightweightSession())
        {
            session.Store(handledOld.Concat(handledYoung).ToArray());
            session.Store(keysOld.Concat(keysYoung).ToArray());
            session.Store(crossingsOld.Concat(crossingsYoung).ToArray());
            session.Store(countedOld.Concat(countedYoung).ToArray());
            await session.SaveChangesAsync();
        }

        var deleted = await Retention.PruneOnceAsync(CancellationToken.None);

        Assert.NotNull(deleted);
        Assert.True(deleted["handled messages"] >= 5, $"deleted {deleted["handled messages"]} handled messages");
        Assert.True(deleted["idempotency records"] >= 5, $"deleted {deleted["idempotency records"]} idempotency records");
        Assert.True(deleted["crossings"] >= 3, $"deleted {deleted["crossings"]} crossings");
        Assert.True(deleted[CountedScreeningRetention.Name] >= 3, $"deleted {deleted[CountedScreeningRetention.Name]} counted");
        await using var query = Store.QuerySession();
        Assert.Empty(await query.LoadManyAsync<HandledMessage>(handledOld.Select(h => h.Id)));
        Assert.Equal(3, (await query.LoadManyAsync<HandledMessage>(handledYoung.Select(h => h.Id))).Count);
        Assert.Empty(await query.LoadManyAsync<IdempotencyRecord>(keysOld.Select(r => r.Id)));
        Assert.Equal(2, (await query.LoadManyAsync<IdempotencyRecord>(keysYoung.Select(r => r.Id))).Count);
        Assert.Empty(await query.LoadManyAsync<Crossing>(crossingsOld.Select(c => c.Id)));
        Assert.Equal(2, (await query.LoadManyAsync<Crossing>(crossingsYoung.Select(c => c.Id))).Count);
        Assert.Empty(await query.LoadManyAsync<CountedScreening>(countedOld.Select(c => c.Id)));
        Assert.Equal(2, (await query.LoadManyAsync<CountedScreening>(countedYoung.Select(c => c.Id))).Count);
    }

    [Fact]
    public async Task Two_replicas_pruning_at_once_leave_nothing_old_and_fail_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        var old = Enumerable.Range(0, 40).Select(i => new HandledMessage($"test.race/{Guid.NewGuid()}", now.AddHours(-3))).ToList();
        await using (var session = Store.LightweightSession())
        {
            session.Store(old.ToArray());
            await session.SaveChangesAsync();
        }
        // A second replica is a second service on the same schema, with its own connection for the round's lock.
        var replica = ActivatorUtilities.CreateInstance<RetentionService>(Platform.Alerts.Services);

        var rounds = await Task.WhenAll(Retention.PruneOnceAsync(CancellationToken.None), replica.PruneOnceAsync(CancellationToken.None));

        Assert.Contains(rounds, r => r is not null);
        Assert.True(rounds.Where(r => r is not null).Sum(r => r!["handled messages"]) >= old.Count);
        await using var query = Store.QuerySession();
        Assert.Empty(await query.LoadManyAsync<HandledMessage>(old.Select(h => h.Id)));
    }

    [Fact]
    public async Task A_redelivery_within_the_horizon_is_still_dropped_after_a_round_and_one_past_it_would_not_be()
    {
        var effects = new ConcurrentDictionary<Guid, int>();
        var deliveries = new ConcurrentDictionary<Guid, int>();
        const string consumer = "test.retention-probe";
        var probeQueue = $"{Platform.Schema("retention")}-probe";
        var handle = Platform.Alerts.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint(probeQueue, e =>
            e.Handler<RetentionProbe>(async ctx =>
            {
                await Store.HandleOnceAsync(ctx, consumer, _ =>
                {
                    effects.AddOrUpdate(ctx.Message.Id, 1, (_, n) => n + 1);
                    return Task.CompletedTask;
                });
                deliveries.AddOrUpdate(ctx.Message.Id, 1, (_, n) => n + 1);
            }));
        await handle.Ready;
        var bus = Platform.Alerts.Services.GetRequiredService<IBus>();
        var probe = new RetentionProbe(Guid.NewGuid());
        var messageId = Guid.NewGuid();
        async Task DeliverAsync(int nth)
        {
            await bus.Publish(probe, ctx => ctx.MessageId = messageId);
            await Eventually.Until(() => Task.FromResult(deliveries.GetValueOrDefault(probe.Id)), n => n >= nth, $"delivery {nth}");
        }

        await DeliverAsync(1);
        await Retention.PruneOnceAsync(CancellationToken.None);
        await DeliverAsync(2);
        Assert.Equal(1, effects[probe.Id]); // the record, 0 minutes old, survived the round

        // The same record an hour and a minute old is past the horizon: pruned, and the message would take effect again.
        await using (var session = Store.LightweightSession())
        {
            session.Store(new HandledMessage($"{consumer}/{messageId}", DateTimeOffset.UtcNow.AddMinutes(-61)));
            await session.SaveChangesAsync();
        }
        await Retention.PruneOnceAsync(CancellationToken.None);
        await DeliverAsync(3);
        Assert.Equal(2, effects[probe.Id]);
    }

    private static HandledMessage Handled(string consumer, DateTimeOffset at) => new($"{consumer}/{Guid.NewGuid()}", at);

    private static IdempotencyRecord Record(string key, DateTimeOffset at) =>
        new($"admin|/api/entries|{key}", "hash", 201, "{}", null, null, at);

    private static CountedScreening Counted(DateTimeOffset at)
    {
        var (alert, screening) = (Guid.NewGuid(), Guid.NewGuid());
        return new(CountedScreening.IdOf(alert, screening), alert, Guid.NewGuid(), screening, at);
    }

    private static Crossing Crossing(DateTimeOffset at) => new(Guid.NewGuid(), at, null,
        new TravellerSnapshot(["Retention Test Traveller"], null, null, null, [], []),
        new ScreeningContextSnapshot("VN-TSN", "ENTRY", null),
        "officer-1", "VN-MPS", []);
}

/// <summary>A message only the probe consumer of <see cref="RetentionTests"/> handles.</summary>
public sealed record RetentionProbe(Guid Id);
