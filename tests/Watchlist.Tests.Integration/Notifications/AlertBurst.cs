using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Watchlist.Contracts.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// 1,000 alerts, a fifth of them acknowledged afterwards (1,200 messages), into three subscriptions with different filters
/// and agencies; then the proof that every feed ended with every alert it wants, each version at most once, in order,
/// and with the newest version of each. A version may be missing only when a newer one overtook it between replicas.
/// </summary>
public sealed class AlertBurst
{
    private static readonly string[] Severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

    private AlertBurst(List<Feed> feeds) => Feeds = feeds;

    public IReadOnlyList<Feed> Feeds { get; }

    public IReadOnlyList<BurstAlert> Alerts { get; } = Enumerable.Range(0, 1000).Select(i => new BurstAlert(
        Raised(
            severity: Severities[i % 4], borderPost: i % 3 == 0 ? "VN-HAN" : "VN-TSN",
            audience: i % 5 == 0 ? ["VN-MPS"] : ["VN-MPS", "KH-GDI"]),
        i % 5 == 1, Guid.NewGuid(), Guid.NewGuid())).ToList();

    public static async Task<AlertBurst> SubscribeAsync(Uri replica)
    {
        var wanted = new (string Agency, object Filter, Func<BurstAlert, bool> Wants)[]
        {
            ("VN-MPS", new { }, a => true),
            ("VN-MPS", new { minSeverity = "HIGH" }, a => a.Raised.Severity is "HIGH" or "CRITICAL"),
            ("KH-GDI", new { borderPosts = new[] { "VN-TSN" } },
                a => a.Raised.BorderPost == "VN-TSN" && a.Raised.Audience!.Includes("KH-GDI")),
        };
        var feeds = new List<Feed>();
        foreach (var (agency, filter, wants) in wanted)
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer", DevTokens.Issue("command-centre", agency, $"cc-{agency}"));
            var created = await client.PostAsJsonAsync(new Uri(replica, "/api/subscriptions"), new { name = "burst", filter });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            feeds.Add(new Feed((await created.Json()).GetProperty("id").GetGuid(), client, wants));
        }
        return new AlertBurst(feeds);
    }

    /// <summary>
    /// Publishes the burst as the alerts service's forwarder does: each message under its own id, tried again until the
    /// broker accepts it. <paramref name="after"/> runs after message n (the disruption), without holding up the burst.
    /// </summary>
    public async Task PublishAsync(IBus bus, Func<int, Task?> after)
    {
        var disruptions = new List<Task>();
        for (var i = 0; i < Alerts.Count; i++)
        {
            await PublishUntilAcceptedAsync(bus, Alerts[i].Raised, Alerts[i].RaisedId);
            if (Alerts[i].Acknowledged)
                await PublishUntilAcceptedAsync(bus, Changed(Alerts[i].Raised, 2, "ACKNOWLEDGED"), Alerts[i].ChangedId);
            if (after(i) is { } disruption) disruptions.Add(Task.Run(() => disruption));
        }
        await Task.WhenAll(disruptions).WaitAsync(TimeSpan.FromSeconds(120));
    }

    private static async Task PublishUntilAcceptedAsync<T>(IBus bus, T message, Guid messageId) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await bus.Publish(message, ctx => ctx.MessageId = messageId, timeout.Token);
                return;
            }
            catch (Exception) when (attempt < 60)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>Waits until every feed holds the newest version of every alert it wants, then checks each feed whole.</summary>
    public async Task AssertEveryFeedCompleteAsync(Uri replica)
    {
        foreach (var feed in Feeds)
        {
            var expected = Alerts.Where(feed.Wants).ToList();
            var newest = expected.Select(a => (a.Raised.AlertId, a.Acknowledged ? 2 : 1)).ToHashSet();
            await Eventually.Until(async () => newest.Except((await feed.ReadAllAsync(replica)).Select(Key)).Count(),
                missing => missing == 0,
                $"the newest version of all {newest.Count} wanted alerts in feed {feed.Id} (value: how many are missing)",
                TimeSpan.FromSeconds(120));
            await Task.Delay(2000);
            var items = await feed.ReadAllAsync(replica); // nothing more may arrive late

            Assert.Equal(
                Enumerable.Range(1, items.Count).Select(n => n.ToString()), items.Select(f => f.GetProperty("cursor").GetString()));
            var seen = items.Select(Key).ToList();
            Assert.Equal(seen.Count, seen.Distinct().Count()); // nothing twice
            var unwanted = seen.Select(s => s.Alert).Except(expected.Select(a => a.Raised.AlertId)).Count();
            Assert.True(unwanted == 0, $"feed {feed.Id}: {unwanted} unwanted alerts present");
            Assert.Empty(newest.Except(seen));
            foreach (var perAlert in seen.GroupBy(s => s.Alert))
                Assert.True(
                    perAlert.Select(s => s.Version).SequenceEqual(perAlert.Select(s => s.Version).Order()),
                    $"alert {perAlert.Key} out of order");
        }
    }

    private static (Guid Alert, int Version) Key(JsonElement item) =>
        (item.GetProperty("alertId").GetGuid(), item.GetProperty("alertVersion").GetInt32());

    public sealed record BurstAlert(AlertRaised Raised, bool Acknowledged, Guid RaisedId, Guid ChangedId);

    public sealed record Feed(Guid Id, HttpClient Client, Func<BurstAlert, bool> Wants)
    {
        public async Task<List<JsonElement>> ReadAllAsync(Uri replica)
        {
            var all = new List<JsonElement>();
            var after = "0";
            while (true)
            {
                var page = await (await Client.GetAsync(new Uri(replica, $"/api/notifications?subscription={Id}&after={after}&limit=500")))
                    .Json();
                all.AddRange(page.GetProperty("items").EnumerateArray());
                if (page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null) return all;
                after = page.GetProperty("nextCursor").GetString()!;
            }
        }
    }
}
