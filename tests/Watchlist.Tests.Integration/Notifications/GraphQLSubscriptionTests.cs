using System.Net.WebSockets;
using MassTransit;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Subscription.alerts over graphql-transport-ws at the gateway: the protocol's handshake, ping, close codes,
/// and alerts bridged from the notifications feed with the caller's filter and agency.
/// </summary>
[GatewaySetting("GraphQL:WebSocket:InitTimeoutSeconds", "1")]
public sealed class GraphQLSubscriptionTests(PlatformTest<GraphQLSubscriptionTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<GraphQLSubscriptionTests>(fixture, rabbit)
{
    private IBus Bus => Platform.Notifications.Services.GetRequiredService<IBus>();
    private static string CentreToken(string subject = "cc-ws", string agency = "VN-MPS") =>
        DevTokens.Issue("command-centre", agency, subject);

    public const string AlertsSubscription = """
        subscription($filter: AlertFilter) {
          alerts(filter: $filter) { alertId alertVersion kind status severity borderPost entryName action at }
        }
        """;

    private async Task<GraphQLWebSocket> ConnectedAsync(string token)
    {
        var ws = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        await ws.InitAsync(token);
        await ws.ExpectAsync("connection_ack");
        return ws;
    }

    [Fact]
    public async Task Alerts_matching_the_filter_arrive_as_next_messages_until_the_client_completes()
    {
        await using var ws = await ConnectedAsync(CentreToken("cc-ws-1"));
        await ws.SubscribeAsync(
            "a1", AlertsSubscription, new { filter = new { minSeverity = "HIGH", status = new[] { "OPEN", "ACKNOWLEDGED" } } });
        // The bridge's subscription exists once the caller's list shows it; alerts published before that are not "from now on".
        var centre = Platform.Client("command-centre", "VN-MPS", "cc-ws-1");
        await Eventually.Until(
            async () => (await (await centre.GetAsync("/api/subscriptions")).Json()).GetProperty("items").GetArrayLength(),
            n => n == 1, "the bridged subscription");

        var low = Raised(severity: "LOW");
        var critical = Raised(severity: "CRITICAL", entryName: "Lê Văn C");
        await Bus.PublishAsync(low, Guid.NewGuid());
        await Bus.PublishAsync(critical, Guid.NewGuid());
        await Bus.PublishAsync(Changed(critical, 2, "ACKNOWLEDGED"), Guid.NewGuid());

        var first = (await ws.ExpectAsync("next")).GetProperty("payload").GetProperty("data").GetProperty("alerts");
        Assert.Equal(critical.AlertId.ToString(), first.GetProperty("alertId").GetString());
        Assert.Equal(("RAISED", "CRITICAL", "Lê Văn C", "ARREST", "VN-TSN"),
            (first.GetProperty("kind").GetString(), first.GetProperty("severity").GetString(), first.GetProperty("entryName").GetString(),
             first.GetProperty("action").GetString(), first.GetProperty("borderPost").GetString()));
        var second = await ws.ExpectAsync("next");
        Assert.Equal("a1", second.GetProperty("id").GetString());
        Assert.Equal(("CHANGED", 2, "ACKNOWLEDGED"),
            (second.GetProperty("payload").GetProperty("data").GetProperty("alerts").GetProperty("kind").GetString(),
            second.GetProperty("payload").GetProperty("data").GetProperty("alerts").GetProperty("alertVersion").GetInt32(),
            second.GetProperty("payload").GetProperty("data").GetProperty("alerts").GetProperty("status").GetString()));

        await ws.SendAsync(new { id = "a1", type = "complete" });
        await ws.SendAsync(new { type = "ping" });
        await ws.ExpectAsync("pong"); // the LOW alert never came, and nothing follows the completion
        await Eventually.Until(
            async () => (await (await centre.GetAsync("/api/subscriptions")).Json()).GetProperty("items").GetArrayLength(), n => n == 0,
            "the bridged subscription to be deleted after complete");
    }

    [Fact]
    public async Task Alerts_not_releasable_to_the_callers_agency_never_arrive()
    {
        await using var ws = await ConnectedAsync(CentreToken("cc-kh", "KH-GDI"));
        await ws.SubscribeAsync("kh", AlertsSubscription);
        var centre = Platform.Client("command-centre", "KH-GDI", "cc-kh");
        await Eventually.Until(
            async () => (await (await centre.GetAsync("/api/subscriptions")).Json()).GetProperty("items").GetArrayLength(),
            n => n == 1, "the bridged subscription");
        await Bus.PublishAsync(Raised(audience: ["VN-MPS"]), Guid.NewGuid());
        var shared = Raised(audience: ["VN-MPS", "KH-GDI"]);
        await Bus.PublishAsync(shared, Guid.NewGuid());
        var next = await ws.ExpectAsync("next");
        Assert.Equal(shared.AlertId.ToString(),
            next.GetProperty("payload").GetProperty("data").GetProperty("alerts").GetProperty("alertId").GetString());
    }

    [Fact]
    public async Task A_missing_or_bad_token_closes_with_4401_and_a_role_without_notifications_with_4403()
    {
        await using (var none = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address))
        {
            await none.SendAsync(new { type = "connection_init", payload = new { } });
            Assert.Equal(4401, await none.ClosedWithAsync());
        }
        await using (var forged = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address))
        {
            await forged.InitAsync(DevTokens.Issue("command-centre", key: "a-different-signing-key-that-is-long-enough-0123456789"));
            Assert.Equal(4401, await forged.ClosedWithAsync());
        }
        await using (var officer = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address))
        {
            await officer.InitAsync(DevTokens.Issue("officer"));
            Assert.Equal(4403, await officer.ClosedWithAsync());
        }
        await using var early = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        await early.SubscribeAsync("1", AlertsSubscription);
        Assert.Equal(4401, await early.ClosedWithAsync());
    }

    [Fact]
    public async Task Protocol_violations_close_with_the_protocols_codes()
    {
        await using (var garbage = await ConnectedAsync(CentreToken()))
        {
            await garbage.SendRawAsync("{not json");
            Assert.Equal(4400, await garbage.ClosedWithAsync());
        }
        await using (var noId = await ConnectedAsync(CentreToken()))
        {
            await noId.SendAsync(new { type = "subscribe", payload = new { query = "{ viewer { subject } }" } });
            Assert.Equal(4400, await noId.ClosedWithAsync());
        }
        await using (var twice = await ConnectedAsync(CentreToken()))
        {
            await twice.InitAsync(CentreToken());
            Assert.Equal(4429, await twice.ClosedWithAsync());
        }
        await using (var duplicate = await ConnectedAsync(CentreToken("cc-dup")))
        {
            await duplicate.SubscribeAsync("same", AlertsSubscription);
            await duplicate.SubscribeAsync("same", AlertsSubscription);
            Assert.Equal(4409, await duplicate.ClosedWithAsync());
        }
        await using var silent = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        Assert.Equal(4408, await silent.ClosedWithAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Queries_answer_once_and_invalid_operations_answer_error_without_closing()
    {
        await using var ws = await ConnectedAsync(CentreToken("cc-q"));
        await ws.SubscribeAsync("q", "{ viewer { subject agency } }");
        var next = await ws.ExpectAsync("next");
        Assert.Equal("cc-q", next.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("subject").GetString());
        Assert.Equal("q", (await ws.ExpectAsync("complete")).GetProperty("id").GetString());

        await ws.SubscribeAsync("bad", "subscription { alerts(filter: {minSeverity: URGENT}) { alertId } }");
        var error = await ws.ExpectAsync("error");
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.True(error.GetProperty("payload").GetArrayLength() > 0);
        await ws.SendAsync(new { type = "ping" });
        await ws.ExpectAsync("pong");
        Assert.Equal(WebSocketState.Open, ws.Socket.State);
    }
}
