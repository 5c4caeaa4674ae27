using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Watchlist.Notifications;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Two notifications replicas share one database and one durable queue; one is stopped in the middle of a burst of
/// 1,000 alerts and a new one starts. Every feed must end with every alert it wants, each version once, in order.
/// The platform's hosts use self-deleting queues (which would lose messages on purpose), so this class runs its own.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class NoLossTests(RabbitMqFixture rabbit) : IAsyncLifetime
{
    private readonly string _prefix = $"nl{Guid.NewGuid():N}"[..10];
    private readonly List<ServiceHost<NotificationsMarker>> _hosts = [];
    private string Schema => $"{_prefix}_notifications";

    private ServiceHost<NotificationsMarker> StartReplica()
    {
        var host = new ServiceHost<NotificationsMarker>(new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres,
            ["Marten:Schema"] = Schema,
            ["EventStore:DaemonMode"] = "Solo",
            ["RABBITMQ_URL"] = rabbit.Url,
            ["Messaging:EndpointPrefix"] = $"{_prefix}-",
            ["Messaging:TemporaryEndpoints"] = "false", // durable: messages wait in the queue while a replica is down
        }).Start();
        _hosts.Add(host);
        return host;
    }

    public Task InitializeAsync() => TestSchemas.DropAsync(Schema);

    [Fact]
    public async Task Stopping_a_replica_mid_burst_loses_nothing_and_repeats_nothing()
    {
        var first = StartReplica();
        var second = StartReplica();
        var subscriptions = new (string Agency, object Filter, Func<AlertMessage, bool> Wants)[]
        {
            ("VN-MPS", new { }, a => true),
            ("VN-MPS", new { minSeverity = "HIGH" }, a => a.Severity is "HIGH" or "CRITICAL"),
            ("KH-GDI", new { borderPosts = new[] { "VN-TSN" } }, a => a.BorderPost == "VN-TSN" && a.ReleasableToKh),
        };
        var ids = new List<(Guid Id, HttpClient Client, Func<AlertMessage, bool> Wants)>();
        foreach (var (agency, filter, wants) in subscriptions)
        {
            var client = new HttpClient { BaseAddress = first.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue("command-centre", agency, $"cc-{agency}"));
            var created = await client.PostAsJsonAsync("/api/subscriptions", new { name = "burst", filter });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add(((await created.Json()).GetProperty("id").GetGuid(), client, wants));
        }

        // 1,000 alerts, a fifth of them acknowledged afterwards: 1,200 messages, published by the replica that survives.
        var severities = new[] { "LOW", "MEDIUM", "HIGH", "CRITICAL" };
        var alerts = Enumerable.Range(0, 1000).Select(i => new AlertMessage(Raised(severity: severities[i % 4], borderPost: i % 3 == 0 ? "VN-HAN" : "VN-TSN",
            releasableTo: i % 5 == 0 ? ["VN-MPS"] : ["VN-MPS", "KH-GDI"]), i % 5 == 1)).ToList();
        var bus = second.Services.GetRequiredService<IBus>();
        Task stopped = Task.CompletedTask;
        for (var i = 0; i < alerts.Count; i++)
        {
            await bus.PublishAsync(alerts[i].Raised, Guid.NewGuid());
            if (alerts[i].Acknowledged) await bus.PublishAsync(Changed(alerts[i].Raised, 2, "ACKNOWLEDGED"), Guid.NewGuid());
            if (i == 300) stopped = Task.Run(() => first.DisposeAsync().AsTask()); // stopped while the burst is in flight
            if (i == 600) StartReplica();
        }

        // Until the stopped replica's connection closes, the broker holds the messages it had prefetched.
        await stopped.WaitAsync(TimeSpan.FromSeconds(60));
        foreach (var (id, client, wants) in ids)
        {
            var expected = alerts.Where(wants).ToList();
            var expectedCount = expected.Sum(a => a.Acknowledged ? 2 : 1);
            var wanted = expected.Select(a => (a.Raised.AlertId, a.Acknowledged ? 2 : 1)).ToHashSet();
            await Eventually.Until(async () => wanted.Except((await ReadAllAsync(second.Address, client, id))
                    .Select(f => (f.GetProperty("alertId").GetGuid(), f.GetProperty("alertVersion").GetInt32()))).Count(),
                missing => missing == 0, $"the newest version of all {wanted.Count} wanted alerts in feed {id} (value: how many are missing)", TimeSpan.FromSeconds(120));
            await Task.Delay(2000);
            var feed = await ReadAllAsync(second.Address, client, id); // nothing more may arrive late

            Assert.Equal(Enumerable.Range(1, feed.Count).Select(n => n.ToString()), feed.Select(f => f.GetProperty("cursor").GetString()));
            var seen = feed.Select(f => (Alert: f.GetProperty("alertId").GetGuid(), Version: f.GetProperty("alertVersion").GetInt32())).ToList();
            Assert.Equal(seen.Count, seen.Distinct().Count()); // nothing twice
            var missing = expected.Select(a => a.Raised.AlertId).Except(seen.Select(s => s.Alert)).Count();
            var unwanted = seen.Select(s => s.Alert).Except(expected.Select(a => a.Raised.AlertId)).Count();
            Assert.True(missing == 0 && unwanted == 0, $"feed {id}: {missing} wanted alerts missing, {unwanted} unwanted present, of {expected.Count}");
            foreach (var perAlert in seen.GroupBy(s => s.Alert))
                Assert.True(perAlert.Select(s => s.Version).SequenceEqual(perAlert.Select(s => s.Version).Order()), $"alert {perAlert.Key} out of order");
            // A version may be skipped only when a newer one overtook it between replicas; the newest always arrives.
            foreach (var a in expected)
                Assert.Contains((a.Raised.AlertId, a.Acknowledged ? 2 : 1), seen);
            Assert.True(feed.Count >= expectedCount - expected.Count(a => a.Acknowledged) && feed.Count <= expectedCount);
        }
    }

    private static async Task<List<JsonElement>> ReadAllAsync(Uri host, HttpClient client, Guid subscription)
    {
        var all = new List<JsonElement>();
        var after = "0";
        while (true)
        {
            var page = await (await client.GetAsync(new Uri(host, $"/api/notifications?subscription={subscription}&after={after}&limit=500"))).Json();
            all.AddRange(page.GetProperty("items").EnumerateArray());
            if (page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null) return all;
            after = page.GetProperty("nextCursor").GetString()!;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await DurableQueues.DeleteAsync(rabbit.Url, $"{_prefix}-AlertFeed", $"{_prefix}-EntryLabels");
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public sealed record AlertMessage(Watchlist.Contracts.Alerts.AlertRaised Raised, bool Acknowledged)
    {
        public string Severity => Raised.Severity;
        public string BorderPost => Raised.BorderPost;
        public bool ReleasableToKh => Raised.ReleasableTo.Contains("KH-GDI");
    }
}
