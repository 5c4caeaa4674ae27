using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Foundation;

/// <summary>A screening's crossing and hit cross RabbitMQ once: published early, the forwarder leaves them out (decision 0118).</summary>
public sealed class EarlyPublishOnceTests(PlatformTest<EarlyPublishOnceTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EarlyPublishOnceTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_screening_published_early_reaches_the_alerts_service_once()
    {
        await Platform.ScreenedHitArrivesOnceAsync("published early");
    }
}

/// <summary>
/// An early publish that fails (here every one: given up before it sends anything) leaves the screening to the forwarder, which
/// publishes it once. A crash between the commit and the early publish is <c>GroupCommitCrashTests</c>' SIGKILL.
/// </summary>
[WatchlistSetting("EventStore:Forwarder:EarlyPublishTimeoutMs", "0")]
public sealed class EarlyPublishFailedTests(PlatformTest<EarlyPublishFailedTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EarlyPublishFailedTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_screening_whose_early_publish_failed_reaches_the_alerts_service_once_through_the_forwarder()
    {
        await Platform.ScreenedHitArrivesOnceAsync("forwarded");
    }
}

/// <summary>
/// The control: with nothing remembered (<c>EventStore:Forwarder:EarlyPublished=0</c>, the baseline) the forwarder's second copy
/// does arrive, so the counts above see it when it is sent.
/// </summary>
[WatchlistSetting("EventStore:Forwarder:EarlyPublished", "0")]
public sealed class EarlyPublishForgottenTests(PlatformTest<EarlyPublishForgottenTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EarlyPublishForgottenTests>(fixture, rabbit)
{
    [Fact]
    public async Task With_nothing_remembered_the_forwarder_publishes_the_screening_again()
    {
        var (name, entry, alertsSaw) = await Platform.ReadyToHitAsync();
        var screened = await Platform.ScreenHitAsync(name, entry);

        await Eventually.Until(() => Task.FromResult(alertsSaw.DeliveriesOf(screened.Hit)), n => n == 2,
            "the forwarder's second copy of the hit", TimeSpan.FromSeconds(30));
        await Eventually.Until(() => Task.FromResult(alertsSaw.DeliveriesOf(screened.Crossing)), n => n == 2,
            "the forwarder's second copy of the crossing", TimeSpan.FromSeconds(30));
    }
}

public static class EarlyPublishing
{
    /// <summary>After the forwarder's checkpoint passed the screening: time for a copy it published to be consumed.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>A screening's stored event, and the ids its crossing and its one hit travel under.</summary>
    public sealed record Screened(Guid EventId, long Sequence)
    {
        public Guid Crossing => MessageIds.For(EventId, 0);
        public Guid Hit => MessageIds.For(EventId, 1);
    }

    /// <summary>
    /// Screens a traveller who hits a new entry, waits until the crossing and the hit arrived (<paramref name="how"/>) and the
    /// forwarder has passed the screening, then checks that the alerts service received each exactly once.
    /// </summary>
    public static async Task ScreenedHitArrivesOnceAsync(this Platform platform, string how)
    {
        var (name, entry, alertsSaw) = await platform.ReadyToHitAsync();
        var screened = await platform.ScreenHitAsync(name, entry);

        await alertsSaw.ArrivedAsync(screened, how);
        await platform.ForwardedPastAsync(screened.Sequence);
        await Task.Delay(Settle);

        Assert.Equal(1, alertsSaw.DeliveriesOf(screened.Crossing));
        Assert.Equal(1, alertsSaw.DeliveriesOf(screened.Hit));
    }

    /// <summary>Lists a new name and waits until screenings can hit it; counts the alerts service's deliveries from then.</summary>
    public static async Task<(string Name, Guid Entry, ConsumedMessages AlertsSaw)> ReadyToHitAsync(this Platform platform)
    {
        var name = Traveller();
        var entry = await platform.ListPersonAsync(name);
        await platform.IndexedAsync(entry);
        return (name, entry, ConsumedMessages.ObserveBusOf(platform.Alerts.Services));
    }

    /// <summary>Screens <paramref name="name"/>, which must hit <paramref name="entryId"/> alone.</summary>
    public static async Task<Screened> ScreenHitAsync(this Platform platform, string name, Guid entryId)
    {
        var response = await platform.Client("officer", subject: "officer-early").PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name },
            context = new { borderPost = "VN-TSN", direction = "ENTRY" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var hits = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entryId").GetGuid()).ToList();
        Assert.Equal([entryId], hits);
        await using var session = Platform.StoreOf(platform.Watchlist).QuerySession();
        var stored = (await session.Events.FetchStreamAsync(body.GetProperty("screeningId").GetGuid())).Single();
        return new Screened(stored.Id, stored.Sequence);
    }

    public static async Task ArrivedAsync(this ConsumedMessages saw, Screened screened, string how)
    {
        await Eventually.Until(() => Task.FromResult(saw.DeliveriesOf(screened.Hit)), n => n >= 1, $"the hit, {how}",
            TimeSpan.FromSeconds(30));
        await Eventually.Until(() => Task.FromResult(saw.DeliveriesOf(screened.Crossing)), n => n >= 1, $"the crossing, {how}",
            TimeSpan.FromSeconds(30));
    }

    /// <summary>Until the watchlist's forwarder has checkpointed past <paramref name="sequence"/>: whatever it sent is sent.</summary>
    public static async Task ForwardedPastAsync(this Platform platform, long sequence)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT coalesce(max(last_seq_id), 0) FROM "{platform.Schema("watchlist")}".mt_event_progression
            WHERE name LIKE '{EventForwarder.SubscriptionId}%'
            """, connection);
        await Eventually.Until(async () => Convert.ToInt64(await command.ExecuteScalarAsync()), seq => seq >= sequence,
            $"the forwarder to pass sequence {sequence}", TimeSpan.FromSeconds(30));
    }

    /// <summary>A name no list holds by chance: random syllables, so only the entry the test lists can be hit.</summary>
    private static string Traveller() => string.Join(' ', Enumerable.Range(0, 3).Select(_ => string.Concat(Enumerable.Range(0, 3)
        .Select(_ => $"{"bdgklmnprstvz"[Random.Shared.Next(13)]}{"aeiou"[Random.Shared.Next(5)]}")).ToUpperInvariant()));
}
