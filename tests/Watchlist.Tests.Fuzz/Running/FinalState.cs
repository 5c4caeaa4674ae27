using Marten;
using Npgsql;
using Watchlist.Notifications.Subscriptions;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance.Access;
using Watchlist.WatchlistService.Governance.Lists;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>
/// What must hold after the run: every host ready; the stores hold exactly what the ledger says was accepted;
/// every entry's list view is at its stream's version (no event without its view, no view without its event).
/// </summary>
public static class FinalState
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(Platform platform, Ledger ledger)
    {
        var problems = new List<string>();
        foreach (var (name, address) in new[] { ("gateway", platform.Gateway.Address), ("watchlist", platform.Watchlist.Address),
                     ("alerts", platform.Alerts.Address), ("notifications", platform.Notifications.Address) })
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            var ready = await http.GetAsync("/health/ready");
            if (!ready.IsSuccessStatusCode)
                problems.Add($"{name} is not ready: {(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}");
        }

        await using var entries = Platform.StoreOf(platform.Watchlist).QuerySession();
        var views = (await entries.Query<EntryView>().Select(v => new { v.Id, v.Entry.Version }).ToListAsync())
            .ToDictionary(v => v.Id, v => v.Version);
        if (views.Count != ledger.Entries)
            problems.Add($"the watchlist holds {views.Count} entries, but {ledger.Entries} were accepted (listed, or created " +
                "by an import)");

        var streams = await StreamVersionsAsync(platform.Schema("watchlist"));
        foreach (var (id, version) in views)
            if (!streams.TryGetValue(id, out var stream) || stream != version)
                problems.Add($"entry {id}: its list view is at version {version}, its stream at " +
                    $"{(streams.ContainsKey(id) ? stream : "none")}");
        // Governance keeps streams too: a list policy's (its document at the stream's version) and one per logged read.
        var policies = (await entries.Query<ListPolicy>().Select(p => new { p.Id, p.Version }).ToListAsync())
            .ToDictionary(p => p.Id, p => p.Version);
        var reads = (await entries.Query<AccessLogView>().Select(r => r.Id).ToListAsync()).ToHashSet();
        foreach (var (id, version) in policies)
            if (!streams.TryGetValue(id, out var stream) || stream != version)
                problems.Add($"list policy {id}: its document is at version {version}, " +
                    $"its stream at {(streams.ContainsKey(id) ? stream : "none")}");
        var screenings = streams.Count - streams.Keys.Count(k => views.ContainsKey(k) || policies.ContainsKey(k) || reads.Contains(k));
        if (screenings != ledger.Screenings)
            problems.Add($"the watchlist recorded {screenings} screenings, but {ledger.Screenings} were answered");

        await using var notifications = Platform.StoreOf(platform.Notifications).QuerySession();
        var subscriptions = await notifications.Query<Subscription>().CountAsync();
        if (subscriptions != ledger.Subscriptions)
            problems.Add($"notifications holds {subscriptions} subscriptions, but {ledger.Subscriptions} were created and not deleted");
        return problems;
    }

    private static async Task<Dictionary<Guid, long>> StreamVersionsAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        // Marten records a failed append (a request that lost a race, e.g. to another with its Idempotency-Key) as a tombstone
        // event in a stream of its own: that stream is bookkeeping of sequence numbers, not an entry or a screening.
        await using var command = new NpgsqlCommand($"""
            SELECT s.id, s.version FROM "{schema}".mt_streams s
            WHERE EXISTS (SELECT 1 FROM "{schema}".mt_events e WHERE e.stream_id = s.id AND e.type <> 'tombstone')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<Guid, long>();
        while (await reader.ReadAsync()) versions[reader.GetGuid(0)] = reader.GetInt64(1);
        return versions;
    }
}
