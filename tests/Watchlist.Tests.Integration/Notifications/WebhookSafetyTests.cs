using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using MassTransit;
using Npgsql;
using Watchlist.Notifications.Delivery.Webhooks;
using Watchlist.Notifications.Feed;
using Watchlist.Notifications.Subscriptions;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Notifications.AlertMessages;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// A subscriber names the webhook URL, so webhooks must not reach the platform's own network (SSRF), must not tell a
/// subscriber which ports are open, and must keep their secrets sealed at rest. Loopback is not allowed in this class,
/// as in production; the receivers on this machine are reached through names the operator allowed
/// (<c>Webhooks:AllowedHosts</c>), which the test resolver sends to loopback.
/// </summary>
[NotificationsSetting("Webhooks:AllowedHosts", $"{ReceiverNames.Allowed},{ReceiverNames.AllowedSilent}")]
[NotificationsSetting("Webhooks:InitialBackoffMilliseconds", "200")]
[NotificationsSetting("Webhooks:MaxBackoffMilliseconds", "400")]
[NotificationsSetting("Webhooks:PollMilliseconds", "100")]
[NotificationsSetting("Webhooks:RequestTimeoutSeconds", "1")]
[NotificationsService(typeof(IReceiverResolver), typeof(ReceiverNames))]
public sealed class WebhookSafetyTests(PlatformTest<WebhookSafetyTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<WebhookSafetyTests>(fixture, rabbit)
{
    private const string Secret = "whsec_Zk3q8Rb1hN0tPlAiNtExTs3cR3tK3yZz";
    private const string SecretCore = "Zk3q8Rb1hN0tPlAiNtExTs3cR3tK3yZz";

    private IBus Bus => Platform.Notifications.Services.GetRequiredService<IBus>();

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://2852039166/")]
    [InlineData("http://0251.0376.0251.0376/")]
    [InlineData("http://0xa9.0xfe.0xa9.0xfe/")]
    [InlineData("http://0xa9fea9fe/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://172.16.5.4:8080/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[fe80::1%25eth0]/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("http://[2002:a9fe:a9fe::]/")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("http://METADATA.google.internal./")]
    [InlineData("http://metadata/")]
    [InlineData("http://0.0.0.0:5432/")]
    [InlineData("http://0/")]
    [InlineData("http://[::]/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://[ff02::1]/")]
    [InlineData("http://255.255.255.255/")]
    [InlineData("http://127.0.0.1:5432/")]
    [InlineData("http://127.1:15672/")]
    [InlineData("http://017700000001/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://localhost:8083/")]
    [InlineData("http://api.localhost/")]
    [InlineData("http://postgres:5432/")]
    [InlineData("http://rabbitmq.watchlist.svc.cluster.local:15672/")]
    [InlineData("http://kubernetes.default.svc/")]
    [InlineData("https://user:pass@example.org/hooks")]
    [InlineData("https://token@example.org/hooks")]
    public async Task A_webhook_to_an_internal_address_in_any_spelling_is_refused_at_creation(string url)
    {
        var response = await Centre("cc-ssrf").PostAsJsonAsync("/api/subscriptions",
            new { name = "probe", filter = new { }, webhook = new { url, secret = Secret } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.Equal(["webhook.url"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task A_name_that_resolves_to_an_internal_address_at_delivery_is_not_sent_to()
    {
        await using var receiver = new WebhookReceiver(Secret);
        var rebound = await SubscribeAsync("cc-rebound", ReceiverNames.Rebound, receiver); // public-looking, resolves to 127.0.0.1
        var control = await SubscribeAsync("cc-control", ReceiverNames.Allowed, receiver); // the same address, allowed by name
        await Bus.PublishAsync(Raised(), Guid.NewGuid());

        await Eventually.Until(() => Task.FromResult(receiver.Received.Any(r => r.Id.Contains(control.Id.ToString("N")))), ok => ok,
            "the allowed receiver's delivery");
        var status = await Eventually.Until(
            () => StatusAsync(rebound), s => s.GetProperty("attempts").GetInt32() >= 2, "retries of the refused one");
        Assert.Equal(WebhookDestinations.NotAllowed, status.GetProperty("lastError").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastStatus").ValueKind);
        Assert.DoesNotContain(receiver.Received, r => r.Id.Contains(rebound.Id.ToString("N")));
    }

    [Fact]
    public async Task A_redirect_is_a_failed_attempt_and_is_never_followed()
    {
        await using var target = new WebhookReceiver(Secret);
        await using var redirecting = new WebhookReceiver(Secret) { Answer = (_, _, _) => 307 };
        redirecting.RedirectTo = AtHost(target, ReceiverNames.Allowed).ToString();
        var sub = await SubscribeAsync("cc-redirect", ReceiverNames.Allowed, redirecting);
        await Bus.PublishAsync(Raised(), Guid.NewGuid());

        var status = await Eventually.Until(() => StatusAsync(sub), s => s.GetProperty("attempts").GetInt32() >= 2, "a retried redirect");
        Assert.Equal(307, status.GetProperty("lastStatus").GetInt32());
        Assert.Equal("0", status.GetProperty("deliveredCursor").GetString());
        Assert.True(redirecting.Received.Count >= 2);
        Assert.Empty(target.Received);
    }

    [Fact]
    public async Task A_closed_port_and_a_silent_one_read_the_same_so_lastError_scans_nothing()
    {
        var closedPort = FreePort();
        using var silent = new TcpListener(IPAddress.Loopback, 0); // accepts connections, never answers
        silent.Start();
        var closed = await SubscribeAsync("cc-closed", new Uri($"http://{ReceiverNames.Allowed}:{closedPort}/hook"));
        var quiet = await SubscribeAsync(
            "cc-silent", new Uri($"http://{ReceiverNames.AllowedSilent}:{((IPEndPoint)silent.LocalEndpoint).Port}/hook"));
        await Bus.PublishAsync(Raised(), Guid.NewGuid());

        foreach (var sub in new[] { closed, quiet })
        {
            var status = await Eventually.Until(() => StatusAsync(sub), s => s.GetProperty("attempts").GetInt32() >= 1, "a failed attempt");
            Assert.Equal(WebhookSender.NoAnswer, status.GetProperty("lastError").GetString()); // not "Connection refused", not a timeout
        }
    }

    [Fact]
    public async Task Secrets_are_stored_sealed_signatures_still_verify_and_no_read_returns_them()
    {
        await using var receiver = new WebhookReceiver(Secret);
        var sub = await SubscribeAsync("cc-sealed", ReceiverNames.Allowed, receiver);
        await Bus.PublishAsync(Raised(), Guid.NewGuid());

        var delivered = await Eventually.Until(() => Task.FromResult(receiver.Received.ToList()), r => r.Count > 0, "a delivery");
        Assert.True(delivered[0].SignatureValid, "the receiver verifies the signature made with the sealed secret");

        var stored = await StoredSubscriptionAsync(sub.Id);
        Assert.DoesNotContain(SecretCore, stored);
        var sealedSecret = JsonDocument.Parse(stored).RootElement.GetProperty("webhook").GetProperty("sealedSecret").GetString();
        Assert.False(string.IsNullOrEmpty(sealedSecret));

        var reads = new List<string> { await sub.Created.ReadAsStringAsync() };
        foreach (var path in new[] { $"/api/subscriptions/{sub.Id}", "/api/subscriptions", $"/api/subscriptions/{sub.Id}/webhook",
                     $"/api/subscriptions/{sub.Id}/webhook/dead-letters" })
        {
            var response = await sub.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            reads.Add(await response.Content.ReadAsStringAsync());
        }
        foreach (var text in reads)
        {
            Assert.DoesNotContain(SecretCore, text);
            Assert.DoesNotContain(sealedSecret!, text);
            Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Plaintext_secrets_from_before_sealing_are_sealed_at_start_once_and_still_sign()
    {
        await using var receiver = new WebhookReceiver(Secret);
        var id = Guid.CreateVersion7();
        await using (var session = Platform.StoreOf(Platform.Notifications).LightweightSession())
        {
            // What an earlier version stored: the secret in plaintext.
            session.Insert(new Subscription(id, "legacy", "cc-legacy", "VN-MPS", AlertFilter.Any,
                new WebhookTarget(AtHost(receiver, ReceiverNames.Allowed).ToString(), null, Secret), DateTimeOffset.UtcNow));
            session.Insert(FeedHead.Empty(id));
            await session.SaveChangesAsync();
        }
        Assert.Contains(SecretCore, await StoredSubscriptionAsync(id));

        await RestartNotificationsAsync();
        var migrated = await StoredSubscriptionAsync(id);
        Assert.DoesNotContain(SecretCore, migrated);
        var sealedOnce = JsonDocument.Parse(migrated).RootElement.GetProperty("webhook").GetProperty("sealedSecret").GetString();

        await RestartNotificationsAsync(); // a second start finds nothing to seal
        Assert.Equal(migrated, await StoredSubscriptionAsync(id));
        Assert.False(string.IsNullOrEmpty(sealedOnce));

        await Bus.PublishAsync(Raised(), Guid.NewGuid()); // opened with a key the first restarted process made and stored
        var delivered = await Eventually.Until(() => Task.FromResult(receiver.Received.ToList()), r => r.Count > 0, "a delivery");
        Assert.True(delivered[0].SignatureValid);
    }

    private sealed record Subscribed(HttpClient Client, Guid Id, HttpContent Created);

    private HttpClient Centre(string subject) => Platform.Client("command-centre", "VN-MPS", subject);

    private Task<Subscribed> SubscribeAsync(string subject, string host, WebhookReceiver receiver) =>
        SubscribeAsync(subject, AtHost(receiver, host));

    private async Task<Subscribed> SubscribeAsync(string subject, Uri url)
    {
        var client = Centre(subject);
        var response = await client.PostAsJsonAsync(
            "/api/subscriptions", new { name = subject, filter = new { }, webhook = new { url = url.ToString(), secret = Secret } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await response.Content.LoadIntoBufferAsync();
        return new Subscribed(client, (await response.Json()).GetProperty("id").GetGuid(), response.Content);
    }

    private static Uri AtHost(WebhookReceiver receiver, string host) => new UriBuilder(receiver.Url) { Host = host }.Uri;

    private static async Task<JsonElement> StatusAsync(Subscribed sub) =>
        await (await sub.Client.GetAsync($"/api/subscriptions/{sub.Id}/webhook")).Json();

    private async Task<string> StoredSubscriptionAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand(
            $"SELECT data::text FROM \"{Platform.Schema("notifications")}\".mt_doc_subscription WHERE id = @id", connection);
        select.Parameters.AddWithValue("id", id);
        return (string)(await select.ExecuteScalarAsync())!;
    }

    private async Task RestartNotificationsAsync()
    {
        await Platform.Notifications.DisposeAsync();
        Platform.StartNotifications(Rabbit);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The DNS seam of <see cref="WebhookSafetyTests"/>: every name here resolves to loopback, where the test's receivers
/// listen, as a name an attacker controls could at delivery time. Only the allowed ones are in Webhooks:AllowedHosts.
/// </summary>
public sealed class ReceiverNames : IReceiverResolver
{
    public const string Rebound = "rebound.example.org";
    public const string Allowed = "receiver.example.org";
    public const string AllowedSilent = "silent.example.org";

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => host switch
    {
        Rebound or Allowed or AllowedSilent => Task.FromResult(new[] { IPAddress.Loopback }),
        _ => Dns.GetHostAddressesAsync(host, ct),
    };
}
