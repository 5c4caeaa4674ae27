using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Operations;

namespace Watchlist.Tests.Integration.Screening;

/// <summary>
/// Group commit (decision 0075) under a real crash: the watchlist service, its own process, is killed with SIGKILL while sixteen
/// clients screen as fast as it answers. Every screening that was answered 200 has its audit record in the store, readable, and
/// after a restart its crossing and its hits reach the alerts service, including those whose early publish the kill cut off.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class GroupCommitCrashTests(RabbitMqFixture rabbit) : IAsyncLifetime
{
    private const int Clients = 16;
    private readonly ProductionProcesses _hosts = new(rabbit, "gcrash");

    public Task InitializeAsync() => _hosts.StartAsync();

    public async Task DisposeAsync() => await _hosts.DisposeAsync();

    [Fact]
    public async Task Every_answered_screening_is_durable_and_reaches_the_alerts_after_a_SIGKILL_under_load()
    {
        var listed = Traveller();
        var entryId = await ListAsync(_hosts.Client("admin"), listed);
        await Eventually.Until(() => ScreenAsync(_hosts.Client("officer", subject: "officer-1"), listed),
            s => s.HitEntries.Contains(entryId), $"the index to hold entry {entryId}", TimeSpan.FromSeconds(60));

        using var officer = _hosts.Client("officer", subject: "officer-1", address: _hosts.Watchlist.Address);
        var answered = new ConcurrentBag<Screened>();
        var refused = new ConcurrentBag<HttpStatusCode>();
        var cut = 0;
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    // One screening in four is the listed traveller: a hit, and so an alert's worth of messages.
                    var name = i % 4 == 0 ? listed : Traveller();
                    var response = await officer.PostAsJsonAsync("/api/screenings", Request(name));
                    if (response.StatusCode != HttpStatusCode.OK) refused.Add(response.StatusCode);
                    else answered.Add(Screened.Of(await response.Content.ReadFromJsonAsync<JsonElement>()) with { Name = name });
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref cut); // the kill: connection reset or refused
                }
            }
        })).ToList();
        await Eventually.Until(() => Task.FromResult(answered.Count), n => n >= 150, "150 screenings answered under load",
            TimeSpan.FromSeconds(60));
        await _hosts.Watchlist.KillAsync();
        await Task.Delay(500);
        stop.Cancel();
        await Task.WhenAll(clients);

        Assert.Empty(refused);
        Assert.True(cut > 0, "The kill cut no request off: it did not happen under load.");
        var ids = answered.Select(s => s.Id).ToList();
        var recorded = await RecordedAsync(ids);
        Assert.True(recorded.Count == ids.Count,
            $"{ids.Count - recorded.Count} of {ids.Count} answered screenings have no record: " +
            string.Join(", ", ids.Except(recorded).Take(5)));

        await _hosts.RestartWatchlistAsync();
        // Sealed with a key that committed with them: the last ones answered before the kill read back in clear.
        using var auditor = _hosts.Client("auditor");
        auditor.DefaultRequestHeaders.Add("X-Purpose", "group commit crash test");
        foreach (var s in answered.Where(s => s.HitEntries.Count == 0).OrderByDescending(s => s.Id).Take(5))
        {
            var record = await auditor.GetAsync($"/api/screenings/{s.Id}");
            Assert.Equal(HttpStatusCode.OK, record.StatusCode);
            Assert.Contains(s.Name, await record.Content.ReadAsStringAsync());
        }

        var crossings = await Eventually.Until(() => CrossingsAsync(ids), c => c.Count == ids.Count,
            $"the crossings of all {ids.Count} answered screenings in the alerts service", TimeSpan.FromSeconds(120));
        Assert.Equal(ids.Count, crossings.Count);
        var hits = answered.Where(s => s.HitEntries.Contains(entryId)).Select(s => s.Id).ToList();
        Assert.True(hits.Count > 0, "No answered screening hit the listed entry.");
        await Eventually.Until(() => CountedOnAlertsAsync(entryId), counted => hits.All(counted.Contains),
            $"all {hits.Count} answered hits on the alert of entry {entryId}", TimeSpan.FromSeconds(120));
    }

    /// <summary>The screenings the entry's alerts counted, from their histories: an alert shows only its latest screenings
    /// (decision 0092), its history every one.</summary>
    private async Task<HashSet<Guid>> CountedOnAlertsAsync(Guid entryId)
    {
        var commandCentre = _hosts.Client("command-centre");
        var page = await commandCentre.GetFromJsonAsync<JsonElement>($"/api/alerts?entryId={entryId}&limit=100");
        var counted = new HashSet<Guid>();
        foreach (var alert in page.GetProperty("items").EnumerateArray())
        {
            var history = await commandCentre.GetFromJsonAsync<JsonElement>($"/api/alerts/{alert.GetProperty("id").GetGuid()}/history");
            foreach (var change in history.EnumerateArray())
                if (change.GetProperty("type").GetString() is "RAISED" or "HIT_REPEATED")
                    counted.Add(change.GetProperty("details").GetProperty("screeningId").GetGuid());
        }
        return counted;
    }

    private sealed record Screened(Guid Id, string Name, IReadOnlyList<Guid> HitEntries)
    {
        public static Screened Of(JsonElement body) => new(body.GetProperty("screeningId").GetGuid(), "",
            [.. body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entryId").GetGuid())]);
    }

    private static async Task<Screened> ScreenAsync(HttpClient officer, string name)
    {
        var response = await officer.PostAsJsonAsync("/api/screenings", Request(name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Screened.Of(await response.Content.ReadFromJsonAsync<JsonElement>()) with { Name = name };
    }

    private static object Request(string name) => new
    {
        traveller = new { name, birthDate = "1971-04-13", nationality = "VNM" },
        context = new { borderPost = "VN-TSN", direction = "ENTRY" },
    };

    private static async Task<Guid> ListAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            birthDates = new[] { "1971-04-13" },
            nationalities = new[] { "VN" },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HashSet<Guid>> RecordedAsync(IReadOnlyList<Guid> ids) => IdsAsync(
        $"select stream_id from \"{_hosts.Schema("watchlist")}\".mt_events where type = 'traveller_screened' and stream_id = any(@ids)",
        ids);

    private Task<HashSet<Guid>> CrossingsAsync(IReadOnlyList<Guid> ids) =>
        IdsAsync($"select id from \"{_hosts.Schema("alerts")}\".mt_doc_crossing where id = any(@ids)", ids);

    private static async Task<HashSet<Guid>> IdsAsync(string sql, IReadOnlyList<Guid> ids)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var found = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add(reader.GetGuid(0));
        return found;
    }

    /// <summary>A name no list holds by chance: random syllables, so only the entry this test lists can be hit.</summary>
    private static string Traveller() => $"{Word()} {Word()} {Word()}";

    private static string Word() =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => $"{"bdgklmnprstvz"[Random.Shared.Next(13)]}{"aeiou"[Random.Shared.Next(5)]}"))
            .ToUpperInvariant();
}
