using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// The alerts service restarts in the middle of a burst of hits: no alert is lost or doubled. Its queues are durable here
/// (not the tests' usual auto-delete ones), as in production, so hits published while it is down wait for it.
/// </summary>
[AlertsSetting("Messaging:TemporaryEndpoints", "false")]
public sealed class AlertRestartTests(PlatformTest<AlertRestartTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertRestartTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_restart_during_a_burst_of_hits_loses_and_doubles_no_alert()
    {
        const int travellers = 12, rounds = 3;
        var passport = AlertFlows.NewPassport();
        // A name of this run only: the durable queues may still hold a failed earlier run's hits, whose crossings must not match.
        var name = "Quang Trung " + AlertFlows.RandomSurname();
        var (entryId, _) = await Platform.ListAsync(new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            category = "WANTED",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        // Distinct passports: twelve travellers of one name, each its own dedup key; each crosses three times.
        var people = Enumerable.Range(0, travellers).Select(
            i => AlertFlows.Traveller(name.ToUpperInvariant(), $"{passport}{i:D2}", $"19{60 + i}-01-01")).ToList();
        await Platform.ScreenHitAsync(people[0], entryId);

        var screenings = 1;
        for (var round = 0; round < rounds; round++)
        {
            var burst = people.Skip(round == 0 ? 1 : 0).ToList();
            var screened = Task.WhenAll(burst.Select(p => Platform.ScreenHitAsync(p, entryId)));
            if (round == 1)
            {
                // Down while this burst's hits are published; back on the same port and queues.
                await Task.Delay(100);
                await Platform.Alerts.DisposeAsync();
                await screened;
                Platform.StartAlerts(Rabbit);
            }
            await screened;
            screenings += burst.Count;
        }

        var alerts = await Eventually.Until(async () => Summary(await Platform.AlertsOfAsync(entryId)), s => s.Hits >= screenings,
            $"{screenings} hits on the board", TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        var board = await Platform.AlertsOfAsync(entryId);

        var byTraveller = string.Join("; ", board.Select(a =>
            $"{a.GetProperty("traveller").GetProperty("documents")[0].GetProperty("number")}: " +
            $"{a.GetProperty("hitCount")} {a.Str("status")} {a.Id()}"));
        Assert.True(travellers == board.Length, byTraveller);
        Assert.All(board, a => Assert.Equal(rounds, a.GetProperty("hitCount").GetInt32()));
        Assert.Equal(
            screenings, board.SelectMany(a => a.GetProperty("screeningIds").EnumerateArray()).Select(s => s.GetGuid()).Distinct().Count());
    }

    [Fact]
    public async Task A_crossing_and_a_listing_that_arrive_together_after_a_restart_still_raise_the_retro_alert()
    {
        var surname = AlertFlows.RandomSurname();
        var passport = AlertFlows.NewPassport();
        var (decoyId, _) = await Platform.ListAsync(AlertFlows.Person("Unrelated Decoy " + AlertFlows.RandomSurname(), passport));
        var traveller = new
        {
            name = $"LE VAN {surname.ToUpperInvariant()}", birthDate = "1966-06-06", nationality = "VN",
            documents = new[] { new { type = "PASSPORT", number = passport, country = "VN" } }
        };
        await Platform.ScreenHitAsync(traveller, decoyId); // makes sure the decoy is screenable before the service goes down
        await Platform.AlertsUntilAsync(decoyId, a => a.Length == 1, "the decoy's alert");

        await Platform.Alerts.DisposeAsync();
        var screeningId = await Platform.ScreenHitAsync(traveller, decoyId, borderPost: "VN-LBO");
        var (listedId, _) = await Platform.ListAsync(new
        {
            kind = "PERSON",
            names = new[] { new { value = $"Lê Văn {surname}", type = "PRIMARY" } },
            birthDates = new[] { "1966-06-06" },
            category = "WANTED",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        await Task.Delay(1500); // both messages wait in the durable queues, to be consumed together in either order
        Platform.StartAlerts(Rabbit);

        // Both of the traveller's crossings match: the earlier one at VN-TSN, and the one that arrived with the listing at VN-LBO.
        var alerts = await Platform.AlertsUntilAsync(
            listedId, a => a.Any(x => x.Str("borderPost") == "VN-LBO"), "the retro alert for the late crossing", TimeSpan.FromSeconds(15));
        var late = Assert.Single(alerts, a => a.Str("borderPost") == "VN-LBO");
        Assert.True(late.GetProperty("retro").GetBoolean());
        Assert.Equal([screeningId], late.GetProperty("screeningIds").EnumerateArray().Select(s => s.GetGuid()));
        await Task.Delay(500);
        Assert.Equal(2, (await Platform.AlertsOfAsync(listedId)).Length);
    }

    private static (int Alerts, int Hits) Summary(System.Text.Json.JsonElement[] board) =>
        (board.Length, board.Sum(a => a.GetProperty("hitCount").GetInt32()));
}
