using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>
/// Retention of travellers' personal data with a period of a few seconds: past it, screening records (sealed, and one stored
/// before sealing existed) and alerts read as keyed pseudonyms, the same person as the same pseudonym; decisions, hits and
/// list positions stay; a record inside the period reads in clear; the sweep can run again, and after a restart.
/// </summary>
[WatchlistSetting("Retention:PersonalDataDays", PeriodDays)]
[AlertsSetting("Retention:PersonalDataDays", PeriodDays)]
public sealed class PersonalDataRetentionTests(PlatformTest<PersonalDataRetentionTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<PersonalDataRetentionTests>(fixture, rabbit)
{
    /// <summary>0.0001 days: 8.64 seconds.</summary>
    private const string PeriodDays = "0.0001";

    private static readonly TimeSpan Period = TimeSpan.FromDays(0.0001);

    private HttpClient Auditor()
    {
        var client = Platform.Client("auditor", "VN-MPS", "auditor-retention");
        client.DefaultRequestHeaders.Add("X-Purpose", "retention test");
        return client;
    }

    private async Task<JsonElement> RecordAsync(Guid screeningId)
    {
        var response = await Auditor().GetAsync($"/api/screenings/{screeningId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    private async Task<IReadOnlyDictionary<string, int>> SweepAsync<T>(ServiceHost<T> host) where T : class =>
        await host.Services.GetRequiredService<RetentionService>().PruneOnceAsync(CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException("Another replica held the retention lock.");

    private static string Name(JsonElement record) => record.GetProperty("traveller").GetProperty("name").GetString()!;

    private static string Explanations(JsonElement record) =>
        string.Join("\n", record.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("explanation").ToString()));

    /// <summary>The hits without what their explanations say: entry, version, score, band, and which features matched how well.</summary>
    private static string[] Hits(JsonElement record) => [.. record.GetProperty("hits").EnumerateArray().Select(h =>
        $"{h.GetProperty("entryId")} {h.GetProperty("entryVersion")} {h.GetProperty("score")} {h.GetProperty("band")} " +
        string.Join(",", h.GetProperty("explanation").EnumerateArray()
            .Select(e => $"{e.GetProperty("feature")}={e.GetProperty("score")}")))];

    private static string Document(JsonElement record) =>
        record.GetProperty("traveller").GetProperty("documents")[0].GetProperty("number").GetString()!;

    [Fact]
    public async Task Past_the_period_records_and_alerts_read_as_one_pseudonym_per_person_and_decisions_stay_younger_ones_in_clear()
    {
        var surname = AlertFlows.RandomSurname();
        var name = $"Nguyen {surname}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        var legacy = await StoreLegacyRecordAsync(name, passport);
        var first = await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId);
        var second = await Platform.ScreenHitAsync(AlertFlows.Traveller(name.ToUpperInvariant(), passport), entryId, "VN-HAN");
        var phone = "+8491" + Random.Shared.Next(1_000_000, 9_999_999);
        var body = new
        {
            content = new { text = $"Jobs abroad, call {phone}", url = "https://example.com/p/1" }, context = new { unit = "VN-A05" },
        };
        var post = await Platform.Client("officer", "VN-MPS", "officer-1").PostAsJsonAsync("/api/screenings/content", body);
        var postId = (await post.Json()).GetProperty("screeningId").GetGuid();
        var alert = (await Platform.AlertsUntilAsync(entryId, a => a.Any(x => x.Str("borderPost") == "VN-TSN"), "the first hit's alert"))
            .First(x => x.Str("borderPost") == "VN-TSN");

        // Inside the period everything reads in clear, the record stored before sealing as well.
        var clear = await RecordAsync(first);
        Assert.Equal(name, Name(clear));
        Assert.Equal(passport, Document(clear));
        Assert.False(clear.TryGetProperty("sealed", out _)); // readers never see the sealed form
        Assert.Equal(name, Name(await RecordAsync(legacy)));
        Assert.Equal(name, (await Platform.AlertAsync(alert.Id())).GetProperty("traveller").GetProperty("names")[0].GetString());

        // The events themselves hold no clear name, only the sealed form and pseudonyms.
        await using (var query = Platform.StoreOf(Platform.Watchlist).QuerySession())
        {
            var stored = (ScreeningRecorded)(await query.Events.FetchStreamAsync(first)).Single().Data;
            Assert.NotNull(stored.Sealed);
            Assert.True(Pseudonyms.IsPseudonym(stored.Traveller.Name), stored.Traveller.Name);
            // The hits' explanations quote the traveller as asked: stored withheld, sealed apart.
            Assert.NotNull(stored.SealedDetails);
            Assert.All(stored.Hits.SelectMany(h => h.Explanation), e => Assert.Equal(ScreeningPrivacy.Withheld, e.Detail));
        }
        Assert.Contains(passport, Explanations(clear)); // read in clear inside the period

        await Task.Delay(Period + TimeSpan.FromSeconds(1));
        // A restart between the period's end and the sweep loses nothing: what is due is read from the database.
        await Platform.Watchlist.DisposeAsync();
        Platform.StartWatchlist(Rabbit);
        var young = await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId, "VN-DAD");
        var swept = await SweepAsync(Platform.Watchlist);
        Assert.True(swept["personal data keys"] >= 3, $"shredded {swept["personal data keys"]} keys");
        Assert.True(swept["unsealed screening records"] >= 1, $"masked {swept["unsealed screening records"]} records");
        Assert.True((await SweepAsync(Platform.Alerts))["alert travellers"] >= 1);

        var before = clear;
        var after = await RecordAsync(first);
        var again = await RecordAsync(second);
        var masked = await RecordAsync(legacy);
        Assert.StartsWith(Pseudonyms.Prefix + "name:", Name(after));
        Assert.StartsWith(Pseudonyms.Prefix + "document:", Document(after));
        Assert.True(after.GetProperty("pseudonymised").GetBoolean());
        Assert.Equal(Name(after), Name(again)); // the same person, however the name was written
        Assert.Equal(Document(after), Document(again));
        Assert.Equal(Name(after), Name(masked)); // the record from before sealing, masked in place
        Assert.Equal(Document(after), Document(masked));
        // The hits still name the entry (the listed person, not personal data of the traveller), so look at the traveller only.
        Assert.DoesNotContain(surname, after.GetProperty("traveller").ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(passport, after.GetProperty("traveller").ToString());
        Assert.DoesNotContain(surname, masked.ToString(), StringComparison.OrdinalIgnoreCase); // a clear screening: no hits
        Assert.DoesNotContain(passport, masked.ToString());
        // Decisions, hits, list positions and who asked stay; what the hits' explanations quoted of the traveller goes.
        foreach (var property in new[] { "decision", "listPosition", "change", "context" })
            Assert.Equal(before.GetProperty(property).ToString(), after.GetProperty(property).ToString());
        Assert.Equal(Hits(before), Hits(after));
        Assert.DoesNotContain(passport, Explanations(after));
        Assert.All(after.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("explanation").EnumerateArray()),
            e => Assert.Equal(ScreeningPrivacy.Withheld, e.GetProperty("detail").GetString()));
        Assert.Contains(after.GetProperty("hits").EnumerateArray(), h => h.GetProperty("entryId").GetGuid() == entryId);

        var content = await RecordAsync(postId);
        Assert.StartsWith(Pseudonyms.Prefix + "phone:", content.GetProperty("extracted").GetProperty("phones")[0].GetString());
        Assert.Equal(JsonValueKind.Null, content.GetProperty("content").GetProperty("text").ValueKind);
        Assert.DoesNotContain(phone, content.ToString());

        // Inside the period: in clear.
        Assert.Equal(name, Name(await RecordAsync(young)));

        // The alert: its traveller as pseudonyms equal to the record's, its entry and hits as they were, the change in its history.
        var pseudonymised = await Platform.AlertAsync(alert.Id());
        Assert.Equal(Name(after), pseudonymised.GetProperty("traveller").GetProperty("names")[0].GetString());
        Assert.Equal(Document(after), pseudonymised.GetProperty("traveller").GetProperty("documents")[0].GetProperty("number").GetString());
        Assert.Equal(entryId, pseudonymised.GetProperty("entryId").GetGuid());
        Assert.Equal(alert.GetProperty("hitCount").GetInt32(), pseudonymised.GetProperty("hitCount").GetInt32());
        var history = await (await Platform.CommandCentre().GetAsync($"/api/alerts/{alert.Id()}/history")).Json();
        Assert.Contains(history.EnumerateArray(), c => c.GetProperty("type").GetString() == "TRAVELLER_PSEUDONYMISED"
            && c.GetProperty("actor").GetString() == "system:retention");

        // Safe to run again: nothing left to shred or mask, and the records still read as the same pseudonyms.
        var retried = await SweepAsync(Platform.Watchlist);
        Assert.Equal(0, retried["unsealed screening records"]);
        Assert.Equal(0, (await SweepAsync(Platform.Alerts))["alert travellers"]);
        Assert.Equal(Name(after), Name(await RecordAsync(first)));
        Assert.Equal(name, Name(await RecordAsync(young)));
    }

    /// <summary>A screening record as the service stored it before sealing existed: the traveller in clear in the event.</summary>
    private async Task<Guid> StoreLegacyRecordAsync(string name, string passport)
    {
        var id = Guid.CreateVersion7();
        var record = new ScreeningRecorded(id, null,
            new TravellerInput(Name: name, Documents: [new DocumentInput("PASSPORT", passport, "VNM")]),
            new ScreeningContextInput("VN-OLD", "ENTRY", null), null, 0, 0.85, 0.6, Decision.Clear, [],
            new Change("officer-1", "VN-MPS", null, DateTimeOffset.UtcNow, "legacy"));
        await using var session = Platform.StoreOf(Platform.Watchlist).LightweightSession();
        session.Events.StartStream(id, record);
        await session.SaveChangesAsync();
        return id;
    }
}
