using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Tests.Integration.Screening;

/// <summary>
/// Screenings that wait together share a transaction (decision 0075), and what one of them does wrong stays its own: a record
/// the store refuses fails only its request, and requests racing with one Idempotency-Key get one screening between them.
/// </summary>
public sealed class GroupCommitTests(PlatformTest<GroupCommitTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<GroupCommitTests>(fixture, rabbit)
{
    private const int Burst = 48;

    private ScreeningRecorder Recorder => Platform.Watchlist.Services.GetRequiredService<ScreeningRecorder>();

    [Fact]
    public async Task Screenings_that_arrive_together_share_transactions()
    {
        var before = Recorder.Counts;
        var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => ScreenAsync(Guid.NewGuid().ToString("N"))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var after = Recorder.Counts;
        Assert.Equal(Burst, after.Requests - before.Requests);
        var transactions = after.Groups - before.Groups;
        Assert.True(transactions < Burst, $"{Burst} concurrent screenings took {transactions} transactions");
    }

    [Fact]
    public async Task Posts_and_travellers_screened_together_share_transactions_and_each_is_recorded()
    {
        var before = Recorder.Counts;
        var cyber = Platform.Client("officer", "VN-MPS", subject: "cyber-gc");
        var posts = Enumerable.Range(0, Burst / 2).Select(i => cyber.PostAsJsonAsync("/api/screenings/content", new
        {
            content = new { text = $"Tuyển lao động đi Nhật, lương cao, liên hệ 0912 000 {i:000}", platform = "facebook" },
            context = new { unit = "VN-A05" },
        }));
        var travellers = Enumerable.Range(0, Burst / 2).Select(_ => ScreenAsync(Guid.NewGuid().ToString("N")));

        var answers = await Task.WhenAll(posts.Concat(travellers));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var after = Recorder.Counts;
        Assert.Equal(Burst, after.Requests - before.Requests);
        var transactions = after.Groups - before.Groups;
        Assert.True(transactions < Burst, $"{Burst} concurrent screenings took {transactions} transactions");
        var post = await answers[0].Content.ReadFromJsonAsync<JsonElement>();
        var auditor = Platform.Client("auditor");
        auditor.DefaultRequestHeaders.Add("X-Purpose", "group commit test");
        var record = await auditor.GetAsync($"/api/screenings/{post.GetProperty("screeningId").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Contains("0912 000 000", await record.Content.ReadAsStringAsync()); // sealed with its group's key, opened in clear
    }

    [Fact]
    public async Task A_record_the_store_refuses_fails_its_own_request_and_no_other_of_its_group()
    {
        Assert.Equal(HttpStatusCode.OK, (await ScreenAsync(Guid.NewGuid().ToString("N"))).StatusCode); // the event tables exist
        var poison = $"poison-{Guid.NewGuid():N}";
        await RefuseRecordsAsync(poison);
        var splitsBefore = Recorder.Counts.Splits;
        // Until the refused record has shared a group at least once (a split): a burst that happened to be written one by one
        // would prove nothing about groups.
        for (var round = 0; round < 5 && Recorder.Counts.Splits == splitsBefore; round++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, Burst)
                .Select(i => ScreenAsync(i == Burst / 2 ? poison : Guid.NewGuid().ToString("N"))));
            for (var i = 0; i < Burst; i++)
                Assert.True((answers[i].StatusCode == HttpStatusCode.InternalServerError) == (i == Burst / 2),
                    $"Request {i} of the burst answered {(int)answers[i].StatusCode}");
            var ids = new List<Guid>();
            foreach (var answer in answers.Where(a => a.IsSuccessStatusCode))
                ids.Add((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screeningId").GetGuid());
            var auditor = Platform.Client("auditor");
            auditor.DefaultRequestHeaders.Add("X-Purpose", "group commit test");
            foreach (var id in ids.Take(3)) Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/screenings/{id}")).StatusCode);
        }
        Assert.True(Recorder.Counts.Splits > splitsBefore, "The refused record was never written in a group with others.");
    }

    [Fact]
    public async Task Requests_racing_with_one_Idempotency_Key_get_one_screening()
    {
        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ScreenAsync(Guid.NewGuid().ToString("N"), key, "LE VAN AN")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var ids = new HashSet<Guid>();
        foreach (var answer in answers)
            ids.Add((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screeningId").GetGuid());
        Assert.Single(ids);
    }

    [Fact]
    public async Task A_screening_commits_without_a_NOTIFY_and_the_forwarder_still_publishes_it()
    {
        Assert.Equal(HttpStatusCode.OK, (await ScreenAsync(Guid.NewGuid().ToString("N"))).StatusCode); // the event tables exist
        var schema = Platform.Schema("watchlist");
        await using var listener = new NpgsqlConnection(TestEnvironment.Postgres);
        await listener.OpenAsync();
        var notifying = new ConcurrentBag<int>();
        listener.Notification += (_, e) => notifying.Add(e.PID);
        // Which backends appended the watchlist's events: a notifying commit would come from one of them (decision 0111).
        await ExecuteAsync(listener, $"""
            LISTEN mt_events_appended;
            CREATE TABLE "{schema}".appending_backends (pid int, seq_id bigint);
            CREATE FUNCTION "{schema}".note_appending_backend() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO "{schema}".appending_backends VALUES (pg_backend_pid(), NEW.seq_id); RETURN NEW; END $$;
            CREATE TRIGGER note_appending_backend AFTER INSERT ON "{schema}".mt_events
              FOR EACH ROW EXECUTE FUNCTION "{schema}".note_appending_backend();
            """);
        try
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ScreenAsync(Guid.NewGuid().ToString("N"))));
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            await using var reader = new NpgsqlConnection(TestEnvironment.Postgres);
            await reader.OpenAsync();
            var last = await ScalarAsync(reader, $"""SELECT coalesce(max(seq_id), 0) FROM "{schema}".appending_backends""");
            Assert.True(last > 0, "No screening record was appended while the trigger watched.");
            // The daemon, no longer woken by a NOTIFY, finds the records at its next poll and the forwarder publishes them.
            await Eventually.Until(() => ScalarAsync(reader,
                    $"""SELECT coalesce(max(last_seq_id), 0) FROM "{schema}".mt_event_progression WHERE name LIKE 'forwarder%'"""),
                seq => seq >= last, "the forwarder to publish the screening records", TimeSpan.FromSeconds(10));
            // Every notification sent so far is read (the alerts service's appends notify too, from its own backends).
            for (var i = 0; i < 40 && await listener.WaitAsync(TimeSpan.FromMilliseconds(500)); i++) { }
            var appending = new HashSet<int>();
            await using (var command = new NpgsqlCommand($"""SELECT DISTINCT pid FROM "{schema}".appending_backends""", reader))
            await using (var rows = await command.ExecuteReaderAsync())
                while (await rows.ReadAsync()) appending.Add(rows.GetInt32(0));
            Assert.DoesNotContain(notifying, appending.Contains);
        }
        finally
        {
            await ExecuteAsync(listener, $"""
                DROP TRIGGER note_appending_backend ON "{schema}".mt_events;
                DROP FUNCTION "{schema}".note_appending_backend();
                DROP TABLE "{schema}".appending_backends;
                """);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private Task<HttpResponseMessage> ScreenAsync(string correlation, string? idempotencyKey = null, string? name = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/screenings")
        {
            Content = JsonContent.Create(new
            {
                traveller = new { name = name ?? $"TRAN {correlation[..6].ToUpperInvariant()}", birthDate = "1990-01-01" },
                context = new { borderPost = "VN-TSN", direction = "ENTRY" },
            }),
        };
        request.Headers.Add("X-Correlation-ID", correlation);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Platform.Client("officer", subject: "officer-gc").SendAsync(request);
    }

    /// <summary>PostgreSQL refuses the screening record of the request with this correlation id, as a poison record would be.</summary>
    private async Task RefuseRecordsAsync(string correlation)
    {
        var schema = Platform.Schema("watchlist");
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        var sql = $"""
            CREATE OR REPLACE FUNCTION "{schema}".refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.correlation_id = TG_ARGV[0] THEN RAISE EXCEPTION 'poison record' USING ERRCODE = 'P0001'; END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON "{schema}".mt_events
              FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse_poison('{correlation}');
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
