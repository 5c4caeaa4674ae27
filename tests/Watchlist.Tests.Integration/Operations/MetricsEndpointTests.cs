using System.Net;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Notifications;

namespace Watchlist.Tests.Integration.Operations;

/// <summary>
/// Each service serves its domain metrics at <c>GET /metrics</c> on its own port, and they move with the work: a hit screened,
/// its alert raised and delivered over SSE and a GraphQL subscription's WebSocket show in the watchlist's, the alerts' and the
/// notifications' scrapes. Every metric of <c>ops/metrics.txt</c> (what the dashboard and the alert rules may use) is there.
/// The gateway serves none and routes none: outside callers get 404.
/// </summary>
public sealed class MetricsEndpointTests(PlatformTest<MetricsEndpointTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<MetricsEndpointTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_screening_and_its_alert_move_the_metrics_of_every_service()
    {
        var centre = Platform.CommandCentre(subject: "cc-metrics");
        var subscription = await centre.SubscribeAsync(new { });
        await using var stream = await SseClient.OpenAsync(centre, $"/api/notifications/stream?subscription={subscription}");
        // A GraphQL subscription too: the gateway reads the notifications stream for it, and the delivery counts as websocket.
        await using var ws = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        await ws.InitAsync(DevTokens.Issue("command-centre", "VN-MPS", "cc-metrics-ws"));
        await ws.ExpectAsync("connection_ack");
        await ws.SubscribeAsync("metrics", GraphQLSubscriptionTests.AlertsSubscription);
        var wsCentre = Platform.CommandCentre(subject: "cc-metrics-ws");
        await Eventually.Until(
            async () => (await (await wsCentre.GetAsync("/api/subscriptions")).Json()).GetProperty("items").GetArrayLength(),
            n => n == 1, "the bridged subscription");
        var name = $"{AlertFlows.RandomSurname()} Van {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var before = await ScrapeAsync(Platform.Watchlist.Address);

        await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId);
        await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the hit's alert");
        await stream.NextAsync(TimeSpan.FromSeconds(20));
        await ws.ExpectAsync("next", TimeSpan.FromSeconds(20));

        var watchlist = await ScrapeAsync(Platform.Watchlist.Address);
        Assert.True(Sum(watchlist, "watchlist_screenings_total", ("decision", "match"), ("kind", "traveller"))
            > Sum(before, "watchlist_screenings_total", ("decision", "match"), ("kind", "traveller")));
        const string durations = "watchlist_screening_duration_seconds_count";
        Assert.True(Sum(watchlist, durations) > Sum(before, durations));
        Assert.True(Sum(watchlist, "watchlist_index_entries") >= 1);
        var alerts = await Eventually.Until(() => ScrapeAsync(Platform.Alerts.Address),
            s => Sum(s, "watchlist_alerts_open") >= 1, "the open-alert gauge to count the alert");
        Assert.True(Sum(alerts, "watchlist_alerts_raised_total", ("retro", "false")) >= 1);
        Assert.True(Sum(alerts, "watchlist_hit_to_alert_seconds_count") >= 1);
        Assert.True(Sum(alerts, "watchlist_queue_lag_seconds_count") >= 1);
        var notifications = await ScrapeAsync(Platform.Notifications.Address);
        Assert.True(Sum(notifications, "watchlist_feed_delivery_seconds_count", ("channel", "sse")) >= 1);
        Assert.True(Sum(notifications, "watchlist_feed_delivery_seconds_count", ("channel", "websocket")) >= 1);

        var scrapes = new Dictionary<string, List<PrometheusSample>>
        {
            ["watchlist"] = watchlist, ["alerts"] = alerts, ["notifications"] = notifications,
        };
        var missing = Catalogue().Where(m => !scrapes[m.Host].Any(s => s.Name == m.Name || s.Name == m.Name + "_count")).ToList();
        Assert.True(missing.Count == 0, "Not served: " + string.Join(", ", missing));
        Assert.Contains(alerts, s => s.Name == "watchlist_queue_messages" && s.Label("queue").EndsWith("-Hit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_gateway_neither_serves_nor_routes_metrics()
    {
        var response = await Platform.Client(null).GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Platform.Client("admin").GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Platform.Client("admin").GetAsync("/api/metrics")).StatusCode);
    }

    /// <summary>The metrics catalogue of ops/metrics.txt, as (name, host) pairs.</summary>
    public static List<(string Name, string Host)> Catalogue() =>
        [.. File.ReadAllLines(RepositoryFiles.PathOf("ops/metrics.txt")).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => (p[0], p[1]))];

    private static async Task<List<PrometheusSample>> ScrapeAsync(Uri host)
    {
        using var http = new HttpClient { BaseAddress = host };
        var response = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    private static double Sum(List<PrometheusSample> samples, string name, params (string Label, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Label(l.Label) == l.Value)).Sum(s => s.Value);
}
