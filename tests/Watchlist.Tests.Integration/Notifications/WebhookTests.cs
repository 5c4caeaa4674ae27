using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Signed webhooks to a receiver on loopback: Standard Webhooks headers and signature, retries with one webhook-id,
/// 410 disabling the endpoint, the dead-letter list after the horizon, and replay.
/// </summary>
[NotificationsSetting("Webhooks:AllowLoopback", "true")] // the receiver is on this machine
[NotificationsSetting("Webhooks:InitialBackoffMilliseconds", "200")] // retry timing short enough for a test
[NotificationsSetting("Webhooks:MaxBackoffMilliseconds", "800")]
[NotificationsSetting("Webhooks:PollMilliseconds", "100")]
[NotificationsSetting("Webhooks:HorizonSeconds", "3")]
public sealed class WebhookTests : PlatformTest<WebhookTests>
{
    private const string Secret = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

    public WebhookTests(Fixture fixture, RabbitMqFixture rabbit) : base(fixture, rabbit) { }

    private IBus Bus => Platform.Notifications.Services.GetRequiredService<IBus>();

    private async Task<(HttpClient Client, Guid Id)> SubscribeAsync(string subject, WebhookReceiver receiver)
    {
        var client = Platform.Client("command-centre", "VN-MPS", subject);
        var response = await client.PostAsJsonAsync("/api/subscriptions",
            new { name = subject, filter = new { }, webhook = new { url = receiver.Url.ToString(), secret = Secret } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (client, (await response.Json()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Notifications_arrive_signed_in_order_and_a_retry_keeps_its_webhook_id()
    {
        await using var receiver = new WebhookReceiver(Secret) { Answer = (_, _, seen) => seen < 2 ? 503 : 200 }; // each id fails twice
        var (client, sub) = await SubscribeAsync("cc-hook", receiver);
        var first = Raised();
        await Bus.PublishAsync(first, Guid.NewGuid());
        await Bus.PublishAsync(Changed(first, 2, "ACKNOWLEDGED"), Guid.NewGuid());

        await Eventually.Until(
            () => Task.FromResult(receiver.Received.Count(r => r.AnsweredWith == 200)), n => n == 2, "two delivered webhooks");
        var all = receiver.Received.ToList();
        Assert.All(all, r => Assert.True(r.SignatureValid, $"bad signature on {r.Id}"));
        var ids = all.Select(r => r.Id).Distinct().ToList();
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Equal(new[] { 503, 503, 200 }, all.Where(r => r.Id == id).Select(r => r.AnsweredWith)));
        var delivered = all.Where(r => r.AnsweredWith == 200).Select(
            r => (r.Data.GetProperty("alertId").GetGuid(), r.Data.GetProperty("alertVersion").GetInt32()));
        Assert.Equal(new[] { (first.AlertId, 1), (first.AlertId, 2) }, delivered);
        Assert.Equal(ids, all.Select(r => r.Id).Distinct()); // the second never went out before the first succeeded

        var status = await Eventually.Until(async () => await (await client.GetAsync($"/api/subscriptions/{sub}/webhook")).Json(),
            s => s.GetProperty("deliveredCursor").GetString() == "2", "the delivered cursor to reach 2");
        Assert.False(status.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task A_410_disables_the_endpoint_until_a_replay()
    {
        await using var receiver = new WebhookReceiver(Secret) { Answer = (_, _, _) => 410 };
        var (client, sub) = await SubscribeAsync("cc-gone", receiver);
        await Bus.PublishAsync(Raised(), Guid.NewGuid());
        await Bus.PublishAsync(Raised(), Guid.NewGuid());
        await Eventually.Until(async () => await (await client.GetAsync($"/api/subscriptions/{sub}/webhook")).Json(),
            s => s.GetProperty("disabled").GetBoolean(), "the endpoint to be disabled");
        await Task.Delay(1500);
        Assert.Single(receiver.Received);

        receiver.Answer = (_, _, _) => 204;
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/subscriptions/{sub}/webhook/replay", null)).StatusCode);
        await Eventually.Until(
            () => Task.FromResult(receiver.Received.Count(r => r.AnsweredWith == 204)), n => n == 2,
            "both notifications after re-enabling");
    }

    [Fact]
    public async Task A_notification_failing_past_the_horizon_is_dead_lettered_and_replayed_with_its_webhook_id()
    {
        var poison = Raised();
        await using var receiver = new WebhookReceiver(Secret);
        receiver.Answer = (_, data, _) => data.GetProperty("alertId").GetGuid() == poison.AlertId ? 500 : 200;
        var (client, sub) = await SubscribeAsync("cc-dead", receiver);
        var healthy = Raised();
        await Bus.PublishAsync(poison, Guid.NewGuid());
        await client.FeedUntilAsync(sub, 1); // the poison takes cursor 1
        await Bus.PublishAsync(healthy, Guid.NewGuid());

        await Eventually.Until(
            () => Task.FromResult(receiver.Received.Any(r => r.AnsweredWith == 200)), ok => ok,
            "the healthy notification after the horizon");
        var letters = (await (await client.GetAsync($"/api/subscriptions/{sub}/webhook/dead-letters")).Json())
            .GetProperty("items").EnumerateArray().ToList();
        var letter = Assert.Single(letters);
        Assert.Equal("1", letter.GetProperty("cursor").GetString());
        Assert.Equal(500, letter.GetProperty("lastStatus").GetInt32());
        var poisonId = letter.GetProperty("webhookId").GetString();
        Assert.True(receiver.Received.Count(r => r.Id == poisonId) >= 2, "retried before giving up");

        receiver.Answer = (_, _, _) => 200;
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/subscriptions/{sub}/webhook/replay", null)).StatusCode);
        await Eventually.Until(
            () => Task.FromResult(receiver.Received.Any(r => r.Id == poisonId && r.AnsweredWith == 200)), ok => ok,
            "the replayed dead letter");
        await Eventually.Until(async () => (await (await client.GetAsync($"/api/subscriptions/{sub}/webhook/dead-letters")).Json())
            .GetProperty("items").GetArrayLength(),
            n => n == 0, "an empty dead-letter list after the replay");
    }
}
