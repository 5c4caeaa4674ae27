using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>What the alerts service remembers: false positives (until the entry changes materially) and recent crossings (for
/// retro-screening).</summary>
public sealed class AlertMemoryTests(PlatformTest<AlertMemoryTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertMemoryTests>(fixture, rabbit)
{
    private async Task<(Guid EntryId, object Traveller, JsonElement Alert)> RaiseAsync(string name)
    {
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var traveller = AlertFlows.Traveller(name, passport);
        await Platform.ScreenHitAsync(traveller, entryId);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert");
        return (entryId, traveller, alerts[0]);
    }

    private async Task<JsonElement[]> FalsePositivesOf(Guid entryId, string agency = "VN-MPS") =>
        [.. (await (await Platform.CommandCentre(agency).GetAsync($"/api/alerts/false-positives?entryId={entryId}")).Json())
            .GetProperty("items").EnumerateArray()];

    private async Task ResolveAsFalsePositive(JsonElement alert)
    {
        var resolved = await Platform.CommandCentre(subject: "cc-analyst").WorkAsync(
            alert.Id(), "resolve", alert.Version(), new { outcome = "FALSE_POSITIVE", note = "Different person: other mother's name." });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
    }

    [Fact]
    public async Task A_false_positive_is_remembered_counted_on_its_alert_and_forgotten_when_the_entry_changes_materially()
    {
        var (entryId, traveller, alert) = await RaiseAsync("Mạc Đĩnh Chi");
        await ResolveAsFalsePositive(alert);

        var remembered = Assert.Single(await FalsePositivesOf(entryId));
        Assert.True(remembered.GetProperty("active").GetBoolean());
        Assert.Equal(alert.Id(), remembered.GetProperty("alertId").GetGuid());
        Assert.Equal("cc-analyst", remembered.Str("recordedBy"));

        // The same traveller crosses again: no new alert, counted on the resolved one.
        await Platform.ScreenHitAsync(traveller, entryId);
        var counted = await Eventually.Until(() => Platform.AlertAsync(alert.Id()),
            a => a.GetProperty("hitCount").GetInt32() == 2, "the repeat counted on the resolved alert");
        Assert.Equal("RESOLVED", counted.Str("status"));
        Assert.Equal(1, counted.GetProperty("repeatsWhileResolved").GetInt32());
        Assert.Single(await Platform.AlertsOfAsync(entryId));

        // A material amendment (birth dates) ends the memory; the next crossing opens a new alert.
        var amended = await Platform.Client("admin").SendAsync(WithIfMatch(HttpMethod.Patch, $"/api/entries/{entryId}", 1,
            new { birthDates = new[] { "1980-05-12", "1981-05-12" }, reason = "second date of birth from intel" },
            "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var ended = await Eventually.Until(
            async () => Assert.Single(await FalsePositivesOf(entryId)), f => !f.GetProperty("active").GetBoolean(), "the memory to end");
        Assert.Contains("birthDates", ended.Str("endedBecause"));

        await Platform.ScreenHitAsync(traveller, entryId);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 2, "a new alert after the material change");
        Assert.Equal("OPEN", alerts[0].Str("status"));
        Assert.Equal(2, alerts[1].GetProperty("hitCount").GetInt32());
    }

    [Fact]
    public async Task A_false_positive_can_be_forgotten_by_hand_and_by_reopening_its_alert()
    {
        var (entryId, traveller, alert) = await RaiseAsync("Nguyễn Bỉnh Khiêm");
        await ResolveAsFalsePositive(alert);
        var remembered = Assert.Single(await FalsePositivesOf(entryId));

        var forgotten = await Platform.CommandCentre(subject: "cc-supervisor").DeleteAsync(
            $"/api/alerts/false-positives/{remembered.Str("id")}");
        Assert.Equal(HttpStatusCode.NoContent, forgotten.StatusCode);
        var ended = Assert.Single(await FalsePositivesOf(entryId));
        Assert.False(ended.GetProperty("active").GetBoolean());
        Assert.Equal("cc-supervisor", ended.Str("endedBy"));

        await Platform.ScreenHitAsync(traveller, entryId);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length == 2, "a new alert once the memory is forgotten");
        var second = alerts[0];
        Assert.Equal("OPEN", second.Str("status"));

        // Resolved as a false positive again, then reopened: the memory ends with the reopening.
        await ResolveAsFalsePositive(second);
        var reopened = await Platform.CommandCentre().WorkAsync(
            second.Id(), "reopen", second.Version() + 1, new { reason = "Analyst was wrong." });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.All(await FalsePositivesOf(entryId), f => Assert.False(f.GetProperty("active").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound,
            (await Platform.CommandCentre(agency: "TH-RTP").DeleteAsync($"/api/alerts/false-positives/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_newly_listed_or_amended_entry_raises_retro_alerts_for_recent_crossings_within_five_seconds()
    {
        // The traveller crosses while only a decoy entry (their passport, another name) is listed: a hit, so a recorded crossing.
        var surname = AlertFlows.RandomSurname();
        var passport = AlertFlows.NewPassport();
        var (decoyId, _) = await Platform.ListAsync(AlertFlows.Person("Unrelated Decoy Person", passport));
        var traveller = new
        {
            name = $"DINH BO {surname.ToUpperInvariant()}", birthDate = "1975-03-09", nationality = "VN",
            documents = new[] { new { type = "PASSPORT", number = passport, country = "VN" } }
        };
        var screeningId = await Platform.ScreenHitAsync(traveller, decoyId, borderPost: "VN-MBA");
        await Platform.AlertsUntilAsync(decoyId, a => a.Length == 1, "the crossing to be recorded with the decoy's alert");

        var listedAt = DateTime.UtcNow;
        var (listedId, _) = await Platform.ListAsync(new
        {
            kind = "PERSON",
            names = new[] { new { value = $"Đinh Bộ {surname}", type = "PRIMARY" } },
            birthDates = new[] { "1975-03-09" },
            category = "WANTED",
            action = "SPECIFIC_CHECK",
            releasableTo = new[] { "*" },
        });
        var retro = Assert.Single(await Platform.AlertsUntilAsync(listedId, a => a.Length > 0, "a retro alert", TimeSpan.FromSeconds(5)));
        Assert.True(DateTime.UtcNow - listedAt < TimeSpan.FromSeconds(5));
        Assert.True(retro.GetProperty("retro").GetBoolean());
        // Every crossing of the traveller before the listing counts, including a probe of ScreenHitAsync that came back clear.
        Assert.Contains(screeningId, retro.GetProperty("screeningIds").EnumerateArray().Select(s => s.GetGuid()));
        Assert.Equal("VN-MBA", retro.Str("borderPost"));
        Assert.Equal("MEDIUM", retro.Str("severity"));
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{retro.Id()}/history")).Json();
        Assert.Equal("system:retro-screening", history[0].Str("actor"));

        // An entry amended to describe the traveller is re-screened too.
        var (amendedId, version) = await Platform.ListAsync(new
        {
            kind = "PERSON",
            names = new[] { new { value = "Somebody Else Entirely", type = "PRIMARY" } },
            category = "WANTED",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        await Task.Delay(500);
        Assert.Empty(await Platform.AlertsOfAsync(amendedId));
        var patched = await Platform.Client("admin").SendAsync(WithIfMatch(HttpMethod.Patch, $"/api/entries/{amendedId}", version,
            new { names = new[] { new { value = $"Đinh Bộ {surname}", type = "PRIMARY" } }, birthDates = new[] { "1975-03-09" } },
            "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var second = Assert.Single(
            await Platform.AlertsUntilAsync(amendedId, a => a.Length > 0, "a retro alert for the amended entry", TimeSpan.FromSeconds(5)));
        Assert.True(second.GetProperty("retro").GetBoolean());

        // A stranger's entry raises nothing.
        var (strangerId, _) = await Platform.ListAsync(AlertFlows.Person($"Zz {AlertFlows.RandomSurname()} Qx", AlertFlows.NewPassport()));
        await Task.Delay(1500);
        Assert.Empty(await Platform.AlertsOfAsync(strangerId));
    }

    [Fact]
    public async Task A_traveller_who_crossed_clear_and_is_listed_afterwards_gets_a_retro_alert()
    {
        var surname = AlertFlows.RandomSurname();
        var traveller = new
        {
            name = $"TRAN THI {surname.ToUpperInvariant()}", birthDate = "1991-11-02", nationality = "VN",
            documents = new[] { new { type = "PASSPORT", number = AlertFlows.NewPassport(), country = "VN" } }
        };
        var screened = await Platform.Client("officer").PostAsJsonAsync("/api/screenings",
            new { traveller, context = new { borderPost = "VN-CTO", direction = "EXIT" } });
        var answer = await screened.Json();
        Assert.Equal("CLEAR", answer.Str("decision"));

        var listedAt = DateTime.UtcNow;
        var (listedId, _) = await Platform.ListAsync(new
        {
            kind = "PERSON",
            names = new[] { new { value = $"Trần Thị {surname}", type = "PRIMARY" } },
            birthDates = new[] { "1991-11-02" },
            category = "HUMAN_TRAFFICKING",
            action = "SPECIFIC_CHECK",
            releasableTo = new[] { "*" },
        });
        var retro = Assert.Single(
            await Platform.AlertsUntilAsync(listedId, a => a.Length > 0, "a retro alert for the clear crossing", TimeSpan.FromSeconds(5)));
        Assert.True(DateTime.UtcNow - listedAt < TimeSpan.FromSeconds(5));
        Assert.True(retro.GetProperty("retro").GetBoolean());
        Assert.Equal(
            [answer.GetProperty("screeningId").GetGuid()], retro.GetProperty("screeningIds").EnumerateArray().Select(s => s.GetGuid()));
        Assert.Equal("VN-CTO", retro.Str("borderPost"));
    }
}
