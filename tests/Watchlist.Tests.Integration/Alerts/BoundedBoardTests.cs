using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Marten;
using Npgsql;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Contracts.Screening;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// The board row keeps only the raising screening and the latest ones (decision 0092), while every screening counts once: dedup
/// and retro ask the <see cref="CountedScreening"/> records, which hold every pair however many repeats pushed it off the row.
/// </summary>
[GatewaySetting("RateLimits:StandardPerSecond", "5000")]
public sealed class BoundedBoardTests(PlatformTest<BoundedBoardTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<BoundedBoardTests>(fixture, rabbit)
{
    private const int Copies = 6;

    [Fact]
    public async Task A_hit_handed_again_to_two_replicas_at_once_counts_once_even_after_it_left_the_row()
    {
        await using var second = Platform.StartAlertsReplica(Rabbit);
        await Eventually.Until(
            async () => (await new HttpClient().GetAsync(new Uri(second.Address, "/health/ready"))).IsSuccessStatusCode, ready => ready,
            "the second replica to be ready");
        var replicas = new[] { Platform.Alerts, second };
        var hits = new HitsSeen();
        foreach (var r in replicas) r.Services.GetRequiredService<IBus>().ConnectConsumeObserver(hits);
        var writers = replicas.Select(r => r.Services.GetRequiredService<HitWriter>()).ToArray();

        var name = $"{AlertFlows.RandomSurname()} Van {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var traveller = AlertFlows.Traveller(name, passport);
        var raising = await Platform.ScreenHitAsync(traveller, entryId);
        var alertId = (await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the first hit's alert"))[0].Id();
        var repeated = await Platform.ScreenHitAsync(traveller, entryId);
        await HitCountAsync(alertId, 2);
        var hit = await Eventually.Until(() => Task.FromResult(hits.Of(repeated)), h => h is not null, "the repeat's hit message");

        // Copies of the repeat under new message ids (what the handled-message check cannot catch), half on each replica, at once.
        await HandAgainAsync(writers, hit!);
        Assert.Equal(2, (await Platform.AlertAsync(alertId)).GetProperty("hitCount").GetInt32());
        // Copies of a hit not counted yet, on both replicas at once: one of them counts.
        var fresh = hit! with { ScreeningId = Guid.NewGuid() };
        await HandAgainAsync(writers, fresh);
        Assert.Equal(3, (await Platform.AlertAsync(alertId)).GetProperty("hitCount").GetInt32());

        // More repeats than the row keeps: both leave the row, and their copies still count nothing.
        var more = Alert.KeptScreenings + 5;
        await ScreenManyAsync(name, passport, more);
        var expected = 3 + more;
        var alert = await HitCountAsync(alertId, expected);
        Assert.DoesNotContain(repeated, alert.ScreeningIds());
        Assert.DoesNotContain(fresh.ScreeningId, alert.ScreeningIds());
        await Task.WhenAll(HandAgainAsync(writers, hit!), HandAgainAsync(writers, fresh));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a copy counted by a consumer as well would show now

        alert = await Platform.AlertAsync(alertId);
        Assert.Equal(expected, alert.GetProperty("hitCount").GetInt32());
        var history = await HistoryScreeningsAsync(alertId);
        Assert.Equal(expected, history.Count);
        Assert.Equal(expected, history.Distinct().Count());
        Assert.Equal(1, history.Count(s => s == repeated));
        Assert.Equal(1, history.Count(s => s == fresh.ScreeningId));
        // The row: the raising screening and the latest ones, every one of them counted in the history.
        Assert.Equal(Alert.KeptScreenings, alert.ScreeningIds().Length);
        Assert.Equal(raising, alert.ScreeningIds()[0]);
        Assert.Equal(history.TakeLast(Alert.KeptScreenings - 1), alert.ScreeningIds()[1..]);
        Assert.Equal(Alert.KeptScreenings, await StoredRowScreeningsAsync(alertId));
        await using var session = Platform.StoreOf(Platform.Alerts).QuerySession();
        var records = await session.Query<CountedScreening>().Where(c => c.AlertId == alertId).ToListAsync();
        Assert.Equal(history.Order(), records.Select(r => r.ScreeningId).Order());
        Assert.All(records, r => Assert.Equal(entryId, r.EntryId));
    }

    [Fact]
    public async Task Retro_does_not_count_again_a_crossing_counted_long_ago_and_the_alert_stays_with_its_audience()
    {
        // Clear crossings, then the listing: retro raises the alert with one crossing and counts the other on it.
        var surname = AlertFlows.RandomSurname();
        var passport = AlertFlows.NewPassport();
        var name = $"LAM VAN {surname.ToUpperInvariant()}";
        const string borderPost = "VN-LCA";
        const string birthDate = "1984-07-21";
        // Two clear crossings (every crossing of the traveller comes in a manifest, so that each is the same traveller to dedup).
        var early = await ScreenManyAsync(name, passport, 2, borderPost, birthDate);
        await Platform.CrossingsRecordedAsync(early);
        var (entryId, version) = await Platform.ListAsync(new
        {
            kind = "PERSON",
            names = new[] { new { value = $"Lâm Văn {surname}", type = "PRIMARY" } },
            birthDates = new[] { birthDate },
            documents = new[] { new { type = "PASSPORT", number = passport, country = "VN" } },
            category = "WANTED",
            action = "SPECIFIC_CHECK",
            releasableTo = new[] { "*" },
        });
        var retro = Assert.Single(await Platform.AlertsUntilAsync(entryId,
            a => a.Length > 0 && a[0].GetProperty("hitCount").GetInt32() == 2, "the retro alert with both crossings",
            TimeSpan.FromSeconds(30)));
        Assert.Equal(early.Order(), retro.ScreeningIds().Order());
        var crossing = retro.ScreeningIds()[1]; // the one that counted on the alert, not the raising one (which the row keeps)

        // Live repeats push the crossing off the row.
        await Platform.IndexedAsync(entryId);
        var repeats = Alert.KeptScreenings + 2;
        var screenings = await ScreenManyAsync(name, passport, repeats, borderPost, birthDate);
        await Platform.CrossingsRecordedAsync(screenings);
        var expected = 2 + repeats;
        var alert = await HitCountAsync(retro.Id(), expected);
        Assert.DoesNotContain(crossing, alert.ScreeningIds());

        // An amendment re-screens the window: every crossing of the traveller matches again, and every one was counted.
        var retroWriter = RetroFlows.RetroOf(Platform.Alerts);
        var handled = retroWriter.ChangesHandled;
        var names = new[] { new { value = $"Lâm Văn {surname}", type = "PRIMARY" }, new { value = $"Lam {surname}", type = "ALIAS" } };
        var patched = await Platform.Client("admin").SendAsync(WithIfMatch(HttpMethod.Patch, $"/api/entries/{entryId}", version,
            new { names }, "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        await Eventually.Until(() => Task.FromResult(retroWriter.ChangesHandled), n => n > handled, "the amendment's re-screening",
            TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var alerts = await Platform.AlertsOfAsync(entryId);
        alert = Assert.Single(alerts);
        Assert.Equal(expected, alert.GetProperty("hitCount").GetInt32());
        var history = await HistoryScreeningsAsync(alert.Id());
        Assert.Equal(1, history.Count(s => s == crossing));
        Assert.Equal(expected, history.Distinct().Count());
        // Seen by its audience (the owner and the screening agency, both VN-MPS here) and by nobody else.
        Assert.Equal(HttpStatusCode.NotFound,
            await Platform.Client("command-centre", "TH-RTP").StatusOfAsync($"/api/alerts/{alert.Id()}"));
        Assert.DoesNotContain(await Platform.WholeBoardAsync("TH-RTP"), a => a.Id() == alert.Id());
    }

    [Fact]
    public async Task A_group_of_hits_on_one_alert_writes_its_board_row_once_and_counts_every_hit()
    {
        var hits = new HitsSeen();
        Platform.Alerts.Services.GetRequiredService<IBus>().ConnectConsumeObserver(hits);
        var name = $"{AlertFlows.RandomSurname()} Thi {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var raising = await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId);
        var alertId = (await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the hit's alert"))[0].Id();
        var hit = await Eventually.Until(() => Task.FromResult(hits.Of(raising)), h => h is not null, "the hit message");

        // Three repeats in one transaction, as HitWriter applies a group: three events, three records, one board row written.
        var repeats = Enumerable.Range(0, 3).Select(_ => hit! with { ScreeningId = Guid.NewGuid() }).ToList();
        var alertRaising = Platform.Alerts.Services.GetRequiredService<AlertRaising>();
        await using (var session = Platform.StoreOf(Platform.Alerts).LightweightSession())
        {
            var unsaved = new SessionAlerts();
            await AlertRaising.ReadCountedAsync(session, repeats.Select(r => r.ScreeningId).ToList(), unsaved, CancellationToken.None);
            foreach (var r in repeats)
                await alertRaising.ApplyAsync(session, r, new AlertChange("test", r.Agency, DateTimeOffset.UtcNow, null),
                    CancellationToken.None, unsaved);
            Assert.Equal(3, session.PendingChanges.Streams().Single().Events.Count);
            Assert.Equal(3, session.PendingChanges.InsertsFor<CountedScreening>().Count());
            Assert.Single(session.PendingChanges.OperationsFor<AlertView>());
            Assert.Equal(4, Assert.Single(session.PendingChanges.UpdatesFor<AlertView>()).Alert.HitCount);
            await session.SaveChangesAsync();
        }

        var alert = await Platform.AlertAsync(alertId);
        Assert.Equal(4, alert.GetProperty("hitCount").GetInt32());
        Assert.Equal(new[] { raising }.Concat(repeats.Select(r => r.ScreeningId)), alert.ScreeningIds());
        Assert.Equal(4, (await HistoryScreeningsAsync(alertId)).Count);
    }

    /// <summary>The hit again under <see cref="Copies"/> new message ids, half on each replica's writer, all at once.</summary>
    private static Task HandAgainAsync(HitWriter[] writers, ScreeningHitDetected hit) =>
        Task.WhenAll(Enumerable.Range(0, Copies).Select(i =>
            writers[i % writers.Length].ApplyAsync($"copy-{Guid.NewGuid():N}", hit, null, CancellationToken.None)));

    private async Task<Guid[]> ScreenManyAsync(string name, string passport, int count, string borderPost = "VN-TSN",
        string birthDate = "1980-05-12")
    {
        var screenings = await Platform.ScreenManifestAsync(
            Enumerable.Range(0, count).Select(_ => (name, passport)).ToList(), borderPost, birthDate);
        Assert.Equal(count, screenings.Length);
        return screenings;
    }

    private Task<JsonElement> HitCountAsync(Guid alertId, int count) =>
        Eventually.Until(() => Platform.AlertAsync(alertId), a => a.GetProperty("hitCount").GetInt32() >= count,
            $"{count} hits on the alert", TimeSpan.FromSeconds(60));

    /// <summary>The screenings the alert's history says it counted (its raising and each repeat), oldest first.</summary>
    private async Task<List<Guid>> HistoryScreeningsAsync(Guid alertId)
    {
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{alertId}/history")).Json();
        return history.EnumerateArray().Where(h => h.Str("type") is "RAISED" or "HIT_REPEATED")
            .Select(h => h.GetProperty("details").GetProperty("screeningId").GetGuid()).ToList();
    }

    private async Task<int> StoredRowScreeningsAsync(Guid alertId)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select jsonb_array_length(data -> 'alert' -> 'screeningIds') from \"{Platform.Schema("alerts")}\".mt_doc_alertview " +
            "where id = @id", connection);
        command.Parameters.AddWithValue("id", alertId);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The hit messages the replicas consumed, by screening.</summary>
    private sealed class HitsSeen : IConsumeObserver
    {
        private readonly ConcurrentDictionary<Guid, ScreeningHitDetected> _hits = new();

        public ScreeningHitDetected? Of(Guid screeningId) => _hits.GetValueOrDefault(screeningId);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is ScreeningHitDetected hit) _hits.TryAdd(hit.ScreeningId, hit);
            return Task.CompletedTask;
        }

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
