using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Xml.Linq;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>Retro-screening from the in-memory crossing window, through the gateway, on real PostgreSQL and RabbitMQ.</summary>
[GatewaySetting("RateLimits:StandardPerSecond", "5000")]
public sealed class RetroWindowTests(PlatformTest<RetroWindowTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<RetroWindowTests>(fixture, rabbit)
{
    [Fact]
    public async Task A_traveller_who_crossed_clear_is_found_in_the_window_when_listed_later()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var borderPost = $"WIN-{run}";
        var (name, passport) = (RetroFlows.Name(run, 1), AlertFlows.NewPassport());
        var screeningId = (await Platform.ScreenManifestAsync([(name, passport)], borderPost)).Single();
        var window = RetroFlows.WindowOf(Platform.Alerts);
        await Eventually.Until(() => Task.FromResult(window.Contains(screeningId)), held => held, "the crossing to join the window");

        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        // Only the alerts of this crossing: another test's traveller may rightly hit this entry too (generated names of
        // different runs can sound alike, and they share the birth date), and would raise an alert of its own.
        bool OfThisCrossing(JsonElement a) => a.ScreeningIds().Contains(screeningId);
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Any(OfThisCrossing), "the retro alert", TimeSpan.FromSeconds(30));
        var alert = Assert.Single(alerts, OfThisCrossing);
        Assert.True(alert.GetProperty("retro").GetBoolean());
        Assert.Equal([screeningId], alert.ScreeningIds());
        await Task.Delay(1_000); // a second alert, or a second count of the crossing, would show by now
        Assert.Equal([screeningId], Assert.Single(await Platform.AlertsOfAsync(entryId), OfThisCrossing).ScreeningIds());
    }

    [Fact]
    public async Task A_phone_given_in_national_form_at_a_post_is_found_when_its_owner_is_listed_later()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var phone = $"09{Random.Shared.Next(10_000_000, 99_999_999)}";
        // A Cambodian screened at a Vietnamese post gives a Vietnamese number in national form.
        var screening = await Platform.Client("officer", "VN-MPS").PostAsJsonAsync("/api/screenings", new
        {
            traveller = new
            {
                name = RetroFlows.Name(run, 1), nationality = "KH", identifiers = new[] { new { type = "PHONE", value = phone } },
            },
            context = new { borderPost = $"VN-{run}", direction = "ENTRY" },
        });
        var screeningId = (await screening.Json()).GetProperty("screeningId").GetGuid();
        var window = RetroFlows.WindowOf(Platform.Alerts);
        await Eventually.Until(() => Task.FromResult(window.Contains(screeningId)), held => held, "the crossing to join the window");

        var (entryId, _) = await Platform.ListAsync(new
        {
            kind = "ONLINE_IDENTIFIER",
            names = new[] { new { value = $"Broker {run}", type = "PRIMARY" } },
            identifiers = new[] { new { type = "PHONE", value = "+84" + phone[1..] } },
            lists = new[] { "recruiters" },
            category = "HUMAN_TRAFFICKING",
            action = "SPECIFIC_CHECK",
            releasableTo = new[] { "*" },
        });
        var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length > 0, "the retro alert", TimeSpan.FromSeconds(30));
        Assert.Equal([screeningId], Assert.Single(alerts).ScreeningIds());
    }

    [Fact]
    public async Task A_manifest_is_recorded_in_groups_and_every_crossing_joins_the_window()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var writer = Platform.Alerts.Services.GetRequiredService<Watchlist.Alerts.Retro.CrossingWriter>();
        var (groupsBefore, recordedBefore) = (writer.Groups, writer.Recorded);
        var ids = await Platform.ScreenManifestAsync(
            Enumerable.Range(0, 400).Select(i => (RetroFlows.Name(run, i), $"M{run[..4]}{i:D4}")).ToList(),
            $"MAN-{run}");
        var window = RetroFlows.WindowOf(Platform.Alerts);
        await Eventually.Until(
            () => Task.FromResult(ids.Count(window.Contains)), n => n == ids.Length, "every crossing to join the window");
        var (groups, recorded) = (writer.Groups - groupsBefore, writer.Recorded - recordedBefore);
        Assert.True(recorded >= ids.Length, $"{recorded} crossings recorded");
        Assert.True(groups * 4 <= recorded, $"{recorded} crossings recorded in {groups} groups");
    }

    /// <summary>
    /// The UN list (about a thousand entries) imported after some of its people crossed: every one of them gets a retro alert,
    /// and the thousand listings are re-screened in a few groups, not one transaction each.
    /// </summary>
    [Fact]
    public async Task An_import_is_re_screened_in_groups_and_finds_who_crossed_before()
    {
        var borderPost = $"IMP-{Guid.NewGuid().ToString("N")[..8]}";
        var people = UnIndividuals().Take(8).ToList();
        var screeningIds = await Platform.ScreenManifestAsync(people.Select(n => (n, AlertFlows.NewPassport())).ToList(), borderPost,
            birthDate: null);
        var window = RetroFlows.WindowOf(Platform.Alerts);
        await Eventually.Until(() => Task.FromResult(screeningIds.All(window.Contains)), held => held, "the crossings to join the window");
        var retro = RetroFlows.RetroOf(Platform.Alerts);
        var (groupsBefore, changesBefore) = (retro.Groups, retro.ChangesHandled);

        var content = new StreamContent(File.OpenRead(RepositoryFiles.PathOf("data/un/consolidated.xml")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        var imported = await Platform.Client("admin").PostAsync("/api/imports/un-sc", content);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        var created = (await imported.Json()).GetProperty("created").GetInt32();
        Assert.True(created > 900, $"{created} entries created");

        await Eventually.Until(
            () => Task.FromResult(retro.ChangesHandled - changesBefore), n => n >= created, "the import to be re-screened",
            TimeSpan.FromSeconds(120));
        var groups = retro.Groups - groupsBefore;
        Assert.True(groups * 10 <= created, $"{created} listings re-screened in {groups} groups");

        var alerts = await Platform.AlertsAtAsync(borderPost);
        for (var wait = 0; wait < 30 && !screeningIds.All(id => alerts.Any(a => CrossAgencyFlows.ScreeningIds(a).Contains(id))); wait++)
        {
            await Task.Delay(1_000);
            alerts = await Platform.AlertsAtAsync(borderPost);
        }
        var missed = people.Where((_, i) => !alerts.Any(a => CrossAgencyFlows.ScreeningIds(a).Contains(screeningIds[i]))).ToList();
        Assert.True(missed.Count == 0, $"no retro alert for {string.Join(", ", missed)}");
        Assert.All(alerts, a => Assert.True(a.GetProperty("retro").GetBoolean()));
    }

    /// <summary>Individuals of the UN list with a first and a second name, as a manifest would carry them.</summary>
    private static IEnumerable<string> UnIndividuals() =>
        XDocument.Load(RepositoryFiles.PathOf("data/un/consolidated.xml")).Descendants("INDIVIDUAL")
            .Select(i => string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
                .Select(n => i.Element(n)?.Value.Trim()).Where(v => !string.IsNullOrEmpty(v))))
            .Where(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .Where((_, i) => i % 97 == 0);
}
