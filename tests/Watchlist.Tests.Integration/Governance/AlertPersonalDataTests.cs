using System.Net;
using System.Text.Json;
using Marten;
using Npgsql;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.FalsePositives;
using Watchlist.Alerts.Retention;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Content;
using Watchlist.Tests.Integration.Infrastructure;
using AlertAudience = Watchlist.Contracts.Alerts.AlertAudience;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>
/// Alerts' personal data with a retention period of a few seconds (decision 0060): raisings are stored sealed, so past the
/// period the alerts database (its events and documents, read with SQL) holds none of the traveller's names, documents,
/// identifiers or the post's address, while the alert, its history and its handling still read through the gateway; the same
/// traveller's next hit still counts on the open alert, and false-positive memory still holds.
/// </summary>
[WatchlistSetting("Retention:PersonalDataDays", PeriodDays)]
[AlertsSetting("Retention:PersonalDataDays", PeriodDays)]
public sealed class AlertPersonalDataTests(PlatformTest<AlertPersonalDataTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AlertPersonalDataTests>(fixture, rabbit)
{
    /// <summary>0.0001 days: 8.64 seconds.</summary>
    private const string PeriodDays = "0.0001";

    private static readonly TimeSpan Period = TimeSpan.FromDays(0.0001);

    [Fact]
    public async Task Past_the_period_no_clear_traveller_or_post_is_left_and_dedup_memory_and_history_still_work()
    {
        var name = $"Nguyen {AlertFlows.RandomSurname()}";
        var alias = $"{AlertFlows.RandomSurname()} {AlertFlows.RandomSurname()}"; // the traveller's own, not the entry's
        var passport = AlertFlows.NewPassport();
        var (phone, written) = ContentAlertFlows.NewPhone();
        var travellerPhone = "+8493" + Random.Shared.Next(1_000_000, 9_999_999);
        var url = $"https://www.facebook.com/groups/viecnhe/posts/{Guid.NewGuid():N}";
        var (openEntry, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var (memoryEntry, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var broker = await Platform.ListBrokerAsAsync("VN-MPS", phone, ["*"]);
        var traveller = new
        {
            name, names = new[] { alias }, birthDate = "1980-05-12", nationality = "VNM",
            documents = new[] { new { type = "PASSPORT", number = passport, country = "VNM" } },
            identifiers = new[] { new { type = "PHONE", value = travellerPhone } },
        };
        await Platform.IndexedAsync(memoryEntry);
        await Platform.ScreenHitAsync(traveller, openEntry);
        await Platform.ScreenPostHitAsync("VN-MPS", "VN-A05", ContentAlertFlows.PostNaming(written), url, broker);
        var open = Assert.Single(await Platform.AlertsUntilAsync(openEntry, a => a.Length == 1, "the open alert"));
        var remembered = Assert.Single(await Platform.AlertsUntilAsync(memoryEntry, a => a.Length == 1, "the second entry's alert"));
        var post = Assert.Single(await Platform.ContentAlertsAsync(broker, "VN-MPS", 1));
        var resolved = await Platform.CommandCentre(subject: "cc-analyst").WorkAsync(
            remembered.Id(), "resolve", remembered.Version(), new { outcome = "FALSE_POSITIVE", note = "Another person." });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);

        // Inside the period the alert reads in clear, but its stored events hold only pseudonyms and the sealed form, and no key
        // anywhere holds the document or the address.
        Assert.Contains(alias, Names(await Platform.AlertAsync(open.Id())));
        Assert.Equal(url, (await Platform.AlertAsync(post.Id())).Str("post"));
        var needles = new[] { alias.Split(' ')[0], alias.Split(' ')[1], passport, travellerPhone, url };
        Assert.Equal(needles.Length, (await FoundAsync(["mt_doc_alertview"], needles)).Count); // the search finds what is there
        Assert.Empty(await FoundAsync(["mt_events", "mt_doc_openalertkey", "mt_doc_falsepositive"], needles));
        await using (var query = Platform.StoreOf(Platform.Alerts).QuerySession())
        {
            var stored = (AlertRaised)(await query.Events.FetchStreamAsync(open.Id()))[0].Data;
            Assert.NotNull(stored.Sealed);
            Assert.All(stored.Facts.Traveller.Names, n => Assert.True(Pseudonyms.IsPseudonym(n), n));
            Assert.True(Pseudonyms.IsPseudonym(stored.Facts.TravellerIdentity), stored.Facts.TravellerIdentity);
            // The sealed form opens to the traveller as screened while the key exists.
            var opened = await Platform.Alerts.Services.GetRequiredService<AlertPrivacy>().OpenAsync(query, stored, CancellationToken.None);
            Assert.Contains(alias, opened.Facts.Traveller.Names);
        }

        await Task.Delay(Period + TimeSpan.FromSeconds(1));
        var swept = await SweepAsync();
        Assert.True(swept[DataKeyRetention.Name] >= 3, $"shredded {swept[DataKeyRetention.Name]} keys");
        Assert.True(swept["alert travellers"] >= 3, $"pseudonymised {swept["alert travellers"]} alerts");

        // Nothing of the traveller or the post is left in the alerts database: events, alerts, keys, memory, crossings.
        Assert.Empty(await FoundAsync(
            ["mt_events", "mt_doc_alertview", "mt_doc_openalertkey", "mt_doc_falsepositive", "mt_doc_crossing"], needles));
        await using (var query = Platform.StoreOf(Platform.Alerts).QuerySession())
        {
            var stored = (AlertRaised)(await query.Events.FetchStreamAsync(open.Id()))[0].Data;
            var opened = await Platform.Alerts.Services.GetRequiredService<AlertPrivacy>().OpenAsync(query, stored, CancellationToken.None);
            Assert.True(opened.Pseudonymised);
            Assert.DoesNotContain(alias, opened.Facts.Traveller.Names);
        }

        // The alerts still read, as pseudonyms, with their entry, hits and handling; the history shows the change.
        var after = await Platform.AlertAsync(open.Id());
        Assert.All(Names(after), n => Assert.StartsWith(Pseudonyms.Prefix + "name:", n));
        Assert.StartsWith(Pseudonyms.Prefix + "document:", after.GetProperty("traveller").GetProperty("documents")[0].Str("number"));
        Assert.Equal((openEntry, "OPEN", 1),
            (after.GetProperty("entryId").GetGuid(), after.Str("status"), after.GetProperty("hitCount").GetInt32()));
        Assert.StartsWith(Pseudonyms.Prefix + "url:", (await Platform.AlertAsync(post.Id())).Str("post"));
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{remembered.Id()}/history")).Json();
        Assert.Equal(["RAISED", "RESOLVED", "TRAVELLER_PSEUDONYMISED"], history.EnumerateArray().Select(c => c.Str("type")));
        Assert.Equal("FALSE_POSITIVE", history[1].GetProperty("details").Str("outcome"));

        // The same traveller after the period: counted on the open alert, and on the remembered false positive; no new alert.
        await Platform.ScreenHitAsync(traveller, openEntry, "VN-TSN");
        await Eventually.Until(() => Platform.AlertAsync(open.Id()), a => a.GetProperty("hitCount").GetInt32() == 2,
            "the new hit to count on the open alert");
        var counted = await Eventually.Until(() => Platform.AlertAsync(remembered.Id()),
            a => a.GetProperty("repeatsWhileResolved").GetInt32() == 1, "the new hit to count on the false positive");
        Assert.Equal("RESOLVED", counted.Str("status"));
        Assert.Single(await Platform.AlertsOfAsync(openEntry));
        Assert.Single(await Platform.AlertsOfAsync(memoryEntry));
        // A repeated hit carries the screening, never the traveller: still nothing in clear.
        Assert.Empty(await FoundAsync(["mt_events", "mt_doc_openalertkey", "mt_doc_falsepositive"], needles));

        // Safe to run again: nothing left to do.
        var again = await SweepAsync();
        Assert.Equal(0, again["alert travellers"]);
        Assert.Equal(0, again["clear alert identities"]);
    }

    [Fact]
    public async Task Alerts_and_memory_stored_with_clear_keys_keep_deduplicating_are_keyed_and_are_masked_past_the_period()
    {
        var name = $"Tran {AlertFlows.RandomSurname()}";
        var alias = $"{AlertFlows.RandomSurname()} {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (openEntry, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var (memoryEntry, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var snapshot = new TravellerSnapshot([name, alias], "1980-05-12", null, "VNM", [new TravellerDocument("PASSPORT", passport, "VNM")],
            []);
        var open = await StoreOldAlertAsync(openEntry, snapshot, resolvedAsFalsePositive: false);
        var remembered = await StoreOldAlertAsync(memoryEntry, snapshot, resolvedAsFalsePositive: true);
        var traveller = new
        {
            name, names = new[] { alias }, birthDate = "1980-05-12", nationality = "VNM",
            documents = new[] { new { type = "PASSPORT", number = passport, country = "VNM" } },
        };
        var needles = new[] { alias.Split(' ')[0], alias.Split(' ')[1], passport };

        // Before the migration: the new code finds the old alert and the old memory under their clear keys.
        await Platform.IndexedAsync(memoryEntry);
        await Platform.ScreenHitAsync(traveller, openEntry);
        await CountedAsync(open, remembered, hits: 2, repeats: 1);
        Assert.Equal(2, (await FoundAsync(["mt_doc_openalertkey", "mt_doc_falsepositive"], [passport])).Count);

        // The migration keys them: no clear document or name left in any key or memory, and the history says so.
        var keyed = await SweepAsync();
        Assert.Equal(2, keyed["clear alert identities"]);
        Assert.Empty(await FoundAsync(["mt_doc_openalertkey", "mt_doc_falsepositive"], needles));
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{open}/history")).Json();
        Assert.Contains(history.EnumerateArray(), c => c.Str("type") == "IDENTITY_KEYED"
            && c.Str("actor") == AlertChange.IdentityMigrationActor);
        var memory = await (await Platform.CommandCentre().GetAsync($"/api/alerts/false-positives?entryId={memoryEntry}")).Json();
        Assert.StartsWith(Pseudonyms.Prefix + "identity:",
            Assert.Single(memory.GetProperty("items").EnumerateArray()).Str("travellerIdentity"));

        // After it: the same traveller still counts on both, under the keyed keys.
        await Platform.ScreenHitAsync(traveller, openEntry);
        await CountedAsync(open, remembered, hits: 3, repeats: 2);

        // Past the period the old raisings, which hold the traveller in the event itself, are masked in place.
        await Task.Delay(Period + TimeSpan.FromSeconds(1));
        var swept = await SweepAsync();
        // (The first sweep may have masked them already when the screenings were slow.)
        Assert.Equal(2, keyed["unsealed alert raisings"] + swept["unsealed alert raisings"]);
        Assert.Empty(await FoundAsync(
            ["mt_events", "mt_doc_alertview", "mt_doc_openalertkey", "mt_doc_falsepositive", "mt_doc_crossing"], needles));
        var after = await Platform.AlertAsync(open);
        Assert.All(Names(after), n => Assert.StartsWith(Pseudonyms.Prefix + "name:", n));
        Assert.Equal(3, after.GetProperty("hitCount").GetInt32());
        var types = (await (await Platform.CommandCentre().GetAsync($"/api/alerts/{open}/history")).Json()).EnumerateArray()
            .Select(c => c.Str("type")).ToList();
        Assert.Equal("RAISED", types[0]);
        Assert.Equal(2, types.Count(t => t == "HIT_REPEATED"));
        Assert.Equal(1, types.Count(t => t == "IDENTITY_KEYED"));
        Assert.Equal(1, types.Count(t => t == "TRAVELLER_PSEUDONYMISED"));
        Assert.Equal(0, (await SweepAsync())["unsealed alert raisings"]);
    }

    private async Task CountedAsync(Guid open, Guid remembered, int hits, int repeats)
    {
        await Eventually.Until(() => Platform.AlertAsync(open), a => a.GetProperty("hitCount").GetInt32() == hits,
            $"hit {hits} to count on the old open alert");
        await Eventually.Until(() => Platform.AlertAsync(remembered), a => a.GetProperty("repeatsWhileResolved").GetInt32() == repeats,
            $"repeat {repeats} to count on the old false positive");
        foreach (var entry in new[] { (await Platform.AlertAsync(open)).GetProperty("entryId").GetGuid(),
            (await Platform.AlertAsync(remembered)).GetProperty("entryId").GetGuid() })
            Assert.Single(await Platform.AlertsOfAsync(entry));
    }

    /// <summary>An alert as the code before keyed identities stored it: the traveller in clear in its raising, the clear identity
    /// in its dedup key, its key record and (resolved as a false positive) its memory.</summary>
    private async Task<Guid> StoreOldAlertAsync(Guid entryId, TravellerSnapshot traveller, bool resolvedAsFalsePositive)
    {
        var (id, now) = (Guid.NewGuid(), DateTimeOffset.UtcNow);
        var identity = TravellerIdentity.Of(traveller);
        var key = TravellerIdentity.DedupKey(entryId, identity, "VN-TSN", "VN-MPS");
        var audience = AlertAudience.Of("VN-MPS", "VN-MPS");
        var facts = new AlertFacts(key, identity, entryId, 1, traveller.Names[0], traveller.Names[0], "ARREST", "HUMAN_TRAFFICKING",
            ["trafficking-suspects"], "VN-TSN", traveller, 0.97, "MATCH", "VN-MPS", ["*"], false, "VN-MPS", audience);
        IAlertEvent[] events = [new AlertRaised(id, facts, AlertSeverity.Critical,
            new HitRecord(Guid.NewGuid(), now, 1, 0.97, "MATCH", ["*"], false), now.AddHours(1),
            new AlertChange("officer-1", "VN-MPS", now, null))];
        if (resolvedAsFalsePositive)
            events = [.. events, new AlertResolved(id, AlertOutcome.FalsePositive, "Another person.", new("cc-1", "VN-MPS", now, null))];
        var alert = AlertDecider.Fold(events)!;
        await using var session = Platform.StoreOf(Platform.Alerts).LightweightSession();
        session.Events.StartStream<Alert>(id, events.Cast<object>().ToArray());
        session.Store(AlertView.From(alert));
        session.Store(new OpenAlertKey(key, 1, id, Open: !resolvedAsFalsePositive));
        if (resolvedAsFalsePositive)
            session.Store(new FalsePositive(Guid.NewGuid(), entryId, identity, id, facts.EntryName, "VN-MPS", "VN-MPS", audience.Agencies,
                "cc-1", "VN-MPS", now, true, null, null, null));
        await session.SaveChangesAsync();
        return id;
    }

    private static string[] Names(JsonElement alert) =>
        [.. alert.GetProperty("traveller").GetProperty("names").EnumerateArray().Select(n => n.GetString()!)];

    private async Task<IReadOnlyDictionary<string, int>> SweepAsync() =>
        await Platform.Alerts.Services.GetRequiredService<RetentionService>().PruneOnceAsync(CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException("Another replica held the retention lock.");

    /// <summary>Which of the alerts schema's tables hold which of the values anywhere in a row (raw SQL, case-insensitive).</summary>
    private async Task<IReadOnlyList<string>> FoundAsync(string[] tables, string[] needles)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var table in tables)
            foreach (var needle in needles)
            {
                await using var command = new NpgsqlCommand(
                    $"select count(*) from \"{Platform.Schema("alerts")}\".{table} t where t::text ilike $1", connection)
                { Parameters = { new() { Value = $"%{needle}%" } } };
                if ((long)(await command.ExecuteScalarAsync())! > 0) found.Add($"{table}: {needle}");
            }
        return found;
    }
}
