using System.Net;
using Marten;
using Watchlist.ServiceDefaults.Http;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Tests.Integration.Screening;

/// <summary>
/// A replica rehearses the screening path before it is ready (decision 0095), and the rehearsal leaves nothing behind: no
/// audit record, no idempotency answer, no hit published, so no alert, and no gap in the event sequence (decision 0116).
/// </summary>
[WatchlistSetting("Screening:WarmUpRounds", "40")]
public sealed class WarmUpTests(PlatformTest<WarmUpTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<WarmUpTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_restarted_replica_rehearses_a_listed_name_and_leaves_no_record_and_no_alert()
    {
        var name = "Warm Rehearsal " + AlertFlows.RandomSurname();
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        await Platform.IndexedAsync(entryId);
        var before = await LastSequenceAsync();
        // Restarted, the replica loads the entry and rehearses its name among the listed persons' (it is the only one here).
        await Platform.Watchlist.DisposeAsync();
        Platform.StartWatchlist(Rabbit);
        var warmUp = await ReadyAsync(Platform.Watchlist.Address);
        Assert.StartsWith("40 screenings rehearsed", warmUp);
        // Every sequence number the rehearsals took holds an event (Marten's tombstones): no gap for the forwarder to wait out.
        var taken = await LastSequenceAsync() - before;
        Assert.True(taken >= 40, $"the rehearsals took {taken} sequence numbers");
        await Eventually.Until(() => EventsAfterAsync(before), n => n == taken, $"{taken} events after the restart, no gap");

        await using (var session = Platform.StoreOf(Platform.Watchlist).QuerySession())
        {
            Assert.Empty(await RecordsAsync(session));
            Assert.Empty(await session.Query<IdempotencyRecord>().Where(r => r.Id.StartsWith(ScreeningWarmUp.Marker)).ToListAsync());
        }

        // The control: one real screening of the same person gives one alert with one hit, and the rehearsal's forty none.
        await Platform.ScreenHitAsync(AlertFlows.Traveller(name.ToUpperInvariant(), passport), entryId);
        await Platform.AlertsUntilAsync(entryId, a => a.Length > 0, "the real screening's alert");
        await Task.Delay(1000);
        var board = await Platform.AlertsOfAsync(entryId);
        Assert.Single(board);
        Assert.Equal(1, board[0].GetProperty("hitCount").GetInt32());
        await using (var session = Platform.StoreOf(Platform.Watchlist).QuerySession())
            Assert.NotEqual(ScreeningWarmUp.Marker, Assert.Single(await RecordsAsync(session)).Change.Actor);
    }

    private Task<long> LastSequenceAsync() => ScalarAsync($"SELECT last_value FROM {Events}_sequence");

    private Task<long> EventsAfterAsync(long sequence) => ScalarAsync($"SELECT count(*) FROM {Events} WHERE seq_id > {sequence}");

    private string Events => $"\"{Platform.Schema("watchlist")}\".mt_events";

    private static async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Every screening record in the store, read as events of any type (the stored type name is versioned).</summary>
    private static async Task<List<ScreeningRecorded>> RecordsAsync(IQuerySession session) =>
        [.. (await session.Events.QueryAllRawEvents().ToListAsync()).Select(e => e.Data).OfType<ScreeningRecorded>()];

    [Fact]
    public async Task A_replica_is_not_ready_while_it_warms_up_though_its_index_has_caught_up()
    {
        // So many rounds that the warm-up is still running when the index has long caught up.
        await using var replica = Platform.StartWatchlistReplica(Rabbit,
            new Dictionary<string, string> { ["Screening:WarmUpRounds"] = "1000000" });
        using var client = new HttpClient { BaseAddress = replica.Address };
        var checks = await Eventually.Until(async () => await ReadinessAsync(client),
            r => r.Checks.GetProperty("screening-index").GetProperty("status").GetString() == "Healthy", "the replica's index to catch up");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, checks.Status);
        var warmUp = checks.Checks.GetProperty("screening-warm-up");
        Assert.Equal("Unhealthy", warmUp.GetProperty("status").GetString());
        Assert.Equal("The screening path is warming up.", warmUp.GetProperty("description").GetString());
    }

    private static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Checks)> ReadinessAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/ready");
        return (response.StatusCode, (await response.Json()).GetProperty("checks"));
    }

    /// <summary>Waits until the host is ready, answering the warm-up check's description.</summary>
    private static async Task<string> ReadyAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        var ready = await Eventually.Until(async () => await ReadinessAsync(client), r => r.Status == HttpStatusCode.OK,
            "the restarted replica to be ready", TimeSpan.FromSeconds(60));
        var warmUp = ready.Checks.GetProperty("screening-warm-up");
        Assert.Equal("Healthy", warmUp.GetProperty("status").GetString());
        return warmUp.GetProperty("description").GetString()!;
    }
}
