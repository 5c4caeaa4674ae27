using System.Net.Http.Json;
using Npgsql;
using Watchlist.Alerts.Alerts;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// A burst of hits on one open alert, each delivered twice (the watchlist's early publish and its forwarder): every hit
/// counts once, and no append fails, so no event sequence number is burned as a Marten tombstone. Hits are applied in groups
/// (<see cref="Watchlist.Alerts.Alerts.Raising.HitWriter"/>): a burst over several dedup keys raises one alert per key.
/// </summary>
public sealed class DedupRaceTests(PlatformTest<DedupRaceTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<DedupRaceTests>(fixture, rabbit)
{
    private const int Batches = 4;
    private const int PerBatch = 25;

    [Fact]
    public async Task Concurrent_duplicate_hits_on_one_alert_count_once_each_and_leave_no_tombstones()
    {
        var name = $"{AlertFlows.RandomSurname()} Van {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var traveller = AlertFlows.Traveller(name, passport);
        await Platform.ScreenHitAsync(traveller, entryId);
        await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the first hit's alert");
        var tombstonesBefore = await TombstonesAsync();

        var officer = Platform.Client("officer", "VN-MPS", subject: "officer-1");
        var responses = await Task.WhenAll(Enumerable.Range(0, Batches).Select(b => officer.PostAsJsonAsync("/api/screenings/batch", new
        {
            context = new { borderPost = "VN-TSN", flight = $"VN{b}" },
            travellers = Enumerable.Range(0, PerBatch).Select(i => new
            {
                @ref = $"pax-{b}-{i}", name, birthDate = "1980-05-12",
                documents = new[] { new { type = "PASSPORT", number = passport, country = "VNM" } },
            }),
        })));
        foreach (var response in responses) Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        const int expected = 1 + Batches * PerBatch;
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 1 && a[0].GetProperty("hitCount").GetInt32() >= expected,
            $"{expected} hits on the alert", TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // late copies of the hits, had any been applied twice
        var alert = await Platform.AlertAsync(alerts[0].Id());

        Assert.Single(await Platform.AlertsOfAsync(entryId));
        Assert.Equal(expected, alert.GetProperty("hitCount").GetInt32());
        // Every screening counted once in the stream; the board row keeps the raising one and the latest (decision 0092).
        Assert.Equal(expected, (await CountedInHistoryAsync(alert.Id())).Count);
        Assert.Equal(Alert.KeptScreenings, alert.ScreeningIds().Distinct().Count());
        Assert.Equal(tombstonesBefore, await TombstonesAsync());
    }

    [Fact]
    public async Task A_burst_of_hits_over_several_keys_is_applied_in_groups_with_one_alert_per_key_and_every_hit_once()
    {
        var name = $"{AlertFlows.RandomSurname()} Thi {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        await Platform.IndexedAsync(entryId);
        var writer = Platform.Alerts.Services.GetRequiredService<Watchlist.Alerts.Alerts.Raising.HitWriter>();
        var (groupsBefore, appliedBefore) = (writer.Groups, writer.Applied);
        var tombstonesBefore = await TombstonesAsync();

        // Each border post is a dedup key of its own (the same traveller, entry and agency): four alerts, raised at once.
        string[] posts = ["VN-TSN", "VN-HAN", "VN-DAD", "VN-CTO"];
        var officer = Platform.Client("officer", "VN-MPS", subject: "officer-1");
        var responses = await Task.WhenAll(posts.Select(post => officer.PostAsJsonAsync("/api/screenings/batch", new
        {
            context = new { borderPost = post, flight = $"VN-{post}" },
            travellers = Enumerable.Range(0, PerBatch).Select(i => new
            {
                @ref = $"pax-{post}-{i}", name, birthDate = "1980-05-12",
                documents = new[] { new { type = "PASSPORT", number = passport, country = "VNM" } },
            }),
        })));
        foreach (var response in responses) Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == posts.Length
            && a.All(x => x.GetProperty("hitCount").GetInt32() >= PerBatch), $"{posts.Length} alerts of {PerBatch} hits",
            TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // late copies of the hits, had any been applied twice

        alerts = await Platform.AlertsOfAsync(entryId);
        Assert.Equal(posts.Length, alerts.Length);
        Assert.Equal(posts.Order(), alerts.Select(a => a.Str("borderPost")).Order());
        foreach (var alert in alerts)
        {
            var full = await Platform.AlertAsync(alert.Id());
            Assert.Equal(PerBatch, full.GetProperty("hitCount").GetInt32());
            var counted = await CountedInHistoryAsync(alert.Id());
            Assert.Equal(PerBatch, counted.Count);
            Assert.Equal(Math.Min(PerBatch, Alert.KeptScreenings), full.ScreeningIds().Distinct().Count());
            Assert.Subset(counted, full.ScreeningIds().ToHashSet());
        }
        Assert.Equal(tombstonesBefore, await TombstonesAsync());
        // Every hit applied once, in fewer transactions than hits: the groups formed.
        Assert.Equal(posts.Length * PerBatch, writer.Applied - appliedBefore);
        Assert.True(writer.Groups - groupsBefore < posts.Length * PerBatch,
            $"{writer.Groups - groupsBefore} groups for {posts.Length * PerBatch} hits");
    }

    /// <summary>The distinct screenings the alert's history counted (its raising and each repeat).</summary>
    private async Task<HashSet<Guid>> CountedInHistoryAsync(Guid alertId)
    {
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{alertId}/history")).Json();
        var screenings = history.EnumerateArray().Where(h => h.Str("type") is "RAISED" or "HIT_REPEATED")
            .Select(h => h.GetProperty("details").GetProperty("screeningId").GetGuid()).ToList();
        Assert.Equal(screenings.Count, screenings.Distinct().Count());
        return [.. screenings];
    }

    private async Task<long> TombstonesAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        var sql = $"select count(*) from \"{Platform.Schema("alerts")}\".mt_events where type ilike '%tombstone%'";
        await using var count = new NpgsqlCommand(sql, connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
