using System.Collections.Concurrent;
using System.Net;
using Marten;
using MassTransit;
using Watchlist.Notifications.Feed;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// The durable feed: alert events from the bus enter the feeds that want them and may see them, once each,
/// in order, with a strictly increasing cursor; pages and server-sent events read it through the gateway.
/// </summary>
public sealed class NotificationFeedTests(PlatformTest<NotificationFeedTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<NotificationFeedTests>(fixture, rabbit)
{
    private IBus Bus => Platform.Notifications.Services.GetRequiredService<IBus>();
    private HttpClient Centre(string subject = "cc-1", string agency = "VN-MPS") => Platform.Client("command-centre", agency, subject);

    [Fact]
    public async Task A_feed_holds_exactly_the_alerts_that_match_its_filter_and_are_releasable_to_its_agency()
    {
        var tsnHigh = await Centre().SubscribeAsync(new { borderPosts = new[] { "VN-TSN" }, minSeverity = "HIGH" });
        var cambodia = await Centre("cc-kh", "KH-GDI").SubscribeAsync(new { });

        var wanted = Raised(severity: "HIGH");
        var tooLow = Raised(severity: "MEDIUM");
        var elsewhere = Raised(borderPost: "VN-HAN");
        var vietnamOnly = Raised(audience: ["VN-MPS"]);
        foreach (var alert in new[] { tooLow, elsewhere, vietnamOnly, wanted })
            await Bus.PublishAsync(alert, Guid.NewGuid());

        var feed = await Centre().FeedUntilAsync(tsnHigh, 2);
        // vietnamOnly is CRITICAL at VN-TSN, so the Vietnamese feed wants it too; nothing else passes its filter.
        // Different alerts may be consumed concurrently, so their relative order in the feed is not the publishing order.
        Assert.Equal(new[] { vietnamOnly.AlertId, wanted.AlertId }.Order(), feed.Select(i => i.GetProperty("alertId").GetGuid()).Order());
        Assert.Equal(new[] { "1", "2" }, feed.Select(i => i.GetProperty("cursor").GetString()));
        Assert.All(feed, i => Assert.Equal("alert.raised", i.GetProperty("event").GetString()));

        var khFeed = await Centre("cc-kh", "KH-GDI").FeedUntilAsync(cambodia, 3);
        Assert.DoesNotContain(khFeed, i => i.GetProperty("alertId").GetGuid() == vietnamOnly.AlertId);
        await Task.Delay(500); // a late, wrong append would show now
        Assert.Equal(2, (await Centre().FeedAsync(tsnHigh)).Count);
        Assert.Equal(3, (await Centre("cc-kh", "KH-GDI").FeedAsync(cambodia)).Count);
    }

    [Fact]
    public async Task A_redelivered_message_and_a_stale_alert_version_add_nothing()
    {
        var sub = await Centre("cc-redelivery").SubscribeAsync(new { });
        var raised = Raised();
        var raisedId = Guid.NewGuid();
        await Bus.PublishAsync(raised, raisedId);
        await Bus.PublishAsync(Changed(raised, 3, "ACKNOWLEDGED"), Guid.NewGuid());
        await Centre("cc-redelivery").FeedUntilAsync(sub, 2);

        await Bus.PublishAsync(raised, raisedId);                              // the same message again
        await Bus.PublishAsync(Changed(raised, 2, "ACKNOWLEDGED"), Guid.NewGuid()); // older than what the feed shows
        var marker = Raised();
        await Bus.PublishAsync(marker, Guid.NewGuid());

        await Centre("cc-redelivery").FeedUntilAsync(sub, 3);
        await Task.Delay(500); // the redelivery and the stale version may be consumed after the marker; give them time to do harm
        var feed = await Centre("cc-redelivery").FeedAsync(sub);
        Assert.Equal(
            new[] { (raised.AlertId, 1, "alert.raised"), (raised.AlertId, 3, "alert.changed"), (marker.AlertId, 1, "alert.raised") },
            feed.Select(
                i => (i.GetProperty("alertId").GetGuid(), i.GetProperty("alertVersion").GetInt32(), i.GetProperty("event").GetString()!)));
    }

    [Fact]
    public async Task A_notice_no_feed_wants_is_acknowledged_unrecorded_and_judged_again_if_it_comes_again()
    {
        var consumed = new ConsumedMessages();
        Platform.Notifications.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        var sub = await Centre("cc-nobody").SubscribeAsync(new { });
        var unwanted = Raised(audience: ["TH-RTP"]); // no subscription of this class is Thai: no feed wants it
        var unwantedId = Guid.NewGuid();
        var wanted = Raised(audience: ["VN-MPS"]);
        var wantedId = Guid.NewGuid();
        await Bus.PublishAsync(unwanted, unwantedId);
        await Bus.PublishAsync(wanted, wantedId);
        await consumed.UntilAsync(unwantedId, 1);
        await consumed.UntilAsync(wantedId, 1);
        Assert.Single(await Centre("cc-nobody").FeedUntilAsync(sub, 1));
        await using (var session = Platform.StoreOf(Platform.Notifications).QuerySession())
            Assert.Equal(new[] { $"{AlertFeedConsumer.Name}/{wantedId}" },
                (await session.LoadManyAsync<HandledMessage>(new[] { unwantedId, wantedId }.Select(id => $"{AlertFeedConsumer.Name}/{id}")))
                    .Select(h => h.Id));

        // A copy after a Thai subscription exists enters that feed once; the next copy finds it recorded and adds nothing.
        var thai = await Centre("cc-th", "TH-RTP").SubscribeAsync(new { });
        await Bus.PublishAsync(unwanted, unwantedId);
        await consumed.UntilAsync(unwantedId, 2);
        await Bus.PublishAsync(unwanted, unwantedId);
        await consumed.UntilAsync(unwantedId, 3);
        var feed = await Centre("cc-th", "TH-RTP").FeedAsync(thai);
        Assert.Equal(unwanted.AlertId, Assert.Single(feed).GetProperty("alertId").GetGuid());
        Assert.Single(await Centre("cc-nobody").FeedAsync(sub));
    }

    /// <summary>How many times each message was consumed to the end (its group committed, or nothing to write).</summary>
    private sealed class ConsumedMessages : IConsumeObserver
    {
        private readonly ConcurrentDictionary<Guid, int> _counts = new();

        public Task UntilAsync(Guid messageId, int times) =>
            Eventually.Until(() => Task.FromResult(_counts.GetValueOrDefault(messageId)), n => n >= times,
                $"message {messageId} consumed {times} times");

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.MessageId is { } id) _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    [Fact]
    public async Task Server_sent_events_arrive_live_through_the_gateway_and_resume_after_Last_Event_ID()
    {
        var client = Centre("cc-sse");
        var sub = await client.SubscribeAsync(new { });
        await using (var stream = await SseClient.OpenAsync(client, $"/api/notifications/stream?subscription={sub}"))
        {
            Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
            Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
            var first = Raised(entryName: "Trần Thị B");
            await Bus.PublishAsync(first, Guid.NewGuid());
            var e = await stream.NextAsync();
            Assert.Equal("1", e.Id);
            Assert.Equal("alert.raised", e.Event);
            var data = SseClient.DataOf(e);
            Assert.Equal(first.AlertId, data.GetProperty("alertId").GetGuid());
            Assert.Equal("Trần Thị B", data.GetProperty("entryName").GetString());
            foreach (var field in new[] { "alertVersion", "status", "severity", "borderPost", "action", "at" })
                Assert.True(data.TryGetProperty(field, out _), $"data lacks {field}: {e.Data}");

            await Bus.PublishAsync(Changed(first, 2, "ACKNOWLEDGED"), Guid.NewGuid());
            var second = await stream.NextAsync();
            Assert.Equal(("2", "alert.changed", "ACKNOWLEDGED"),
                (second.Id, second.Event, SseClient.DataOf(second).GetProperty("status").GetString()));
        }

        // Disconnected: two more alerts arrive; reconnecting after event 1 gives 2, 3, 4 and nothing else.
        await Bus.PublishAsync(Raised(), Guid.NewGuid());
        await Bus.PublishAsync(Raised(), Guid.NewGuid());
        await client.FeedUntilAsync(sub, 4);
        await using var resumed = await SseClient.OpenAsync(client, $"/api/notifications/stream?subscription={sub}", lastEventId: "1");
        Assert.Equal(new[] { "2", "3", "4" }, (await resumed.NextAsync(3)).Select(x => x.Id));
        await Bus.PublishAsync(Raised(), Guid.NewGuid());
        Assert.Equal("5", (await resumed.NextAsync()).Id);
    }

    [Fact]
    public async Task An_idle_stream_gets_a_heartbeat_comment_within_15_seconds()
    {
        var client = Centre("cc-idle");
        var sub = await client.SubscribeAsync(new { borderPosts = new[] { "NOWHERE" } });
        await using var stream = await SseClient.OpenAsync(client, $"/api/notifications/stream?subscription={sub}");
        var started = DateTime.UtcNow;
        await Assert.ThrowsAsync<TimeoutException>(() => stream.NextAsync(TimeSpan.FromSeconds(17)));
        Assert.Contains("heartbeat", stream.Comments);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(18));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_bad_requests_are_refused()
    {
        var client = Centre("cc-pages");
        var sub = await client.SubscribeAsync(new { });
        for (var i = 0; i < 5; i++) await Bus.PublishAsync(Raised(), Guid.NewGuid());
        await client.FeedUntilAsync(sub, 5);

        var page = await (await client.GetAsync($"/api/notifications?subscription={sub}&after=1&limit=2")).Json();
        Assert.Equal(new[] { "2", "3" }, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("cursor").GetString()));
        Assert.Equal("3", page.GetProperty("nextCursor").GetString());
        var last = await (await client.GetAsync($"/api/notifications?subscription={sub}&after=3&limit=10")).Json();
        Assert.Equal(2, last.GetProperty("items").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, last.GetProperty("nextCursor").ValueKind);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/notifications?subscription={sub}&after=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/notifications?subscription={sub}&limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Centre("someone-else").GetAsync($"/api/notifications?subscription={sub}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound, (await Centre("someone-else").GetAsync($"/api/notifications/stream?subscription={sub}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden, (await Platform.Client("officer").GetAsync($"/api/notifications?subscription={sub}")).StatusCode);
    }
}
