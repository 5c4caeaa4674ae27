using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Versioning.StoredEventFixtures;

namespace Watchlist.Tests.Integration.Versioning;

/// <summary>
/// Events stored by earlier versions (the fixtures, row by row as those versions wrote them) read through today's code: the
/// entry endpoints and the screening index, the screening record's endpoint, the alert decider over the stored stream.
/// The notifications service stores no events (subscriptions and feeds are documents), so it has no fixture here.
/// </summary>
public sealed class StoredEventVersionTests(PlatformTest<StoredEventVersionTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<StoredEventVersionTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS", subject: "admin-versioning");
    private HttpClient Officer => Platform.Client("officer", "VN-MPS", subject: "officer-versioning");

    [Fact]
    public async Task An_entry_listed_by_the_foundation_reads_with_empty_lists_and_a_manual_source_and_is_screened_against()
    {
        var entry = await StoreAsync(Platform, "watchlist", "entry_listed.v1.json");

        var read = await Admin.GetAsync($"/api/entries/{entry.StreamId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.Json();
        Assert.Equal("ACTIVE", body.Str("status"));
        Assert.Equal(["Quentin Fixturemann", "Q. Fixturemann"], Names(body));
        Assert.Equal(["trafficking-suspects"], Strings(body, "lists"));
        Assert.Equal(["KH-GDI"], Strings(body, "releasableTo"));
        Assert.Equal("ARREST", body.Str("action"));
        Assert.Equal("listed by the foundation", body.Str("remarks"));
        foreach (var list in new[] { "birthDates", "nationalities", "documents", "identifiers" }) Assert.Empty(Strings(body, list));
        Assert.Equal("manual", body.GetProperty("source").Str("dataset"));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero), body.GetProperty("listedAt").GetDateTimeOffset());
        var history = await (await Admin.GetAsync($"/api/entries/{entry.StreamId}/history")).Json();
        Assert.Equal("admin-1", Assert.Single(Items(history)).Str("actor"));

        // A screening as of now replays the list from the stored events (the live index reads the writers' list view, which
        // rows written by SQL have not got): the same row, through the same upcaster, hits.
        var answer = await (await Officer.PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name = "Quentin Fixturemann" }, context = new { borderPost = "VN-HAN", direction = "ENTRY" },
            asOf = DateTimeOffset.UtcNow,
        })).Json();
        Assert.Contains(answer.GetProperty("hits").EnumerateArray(), h => h.GetProperty("entryId").GetGuid() == entry.StreamId);
    }

    [Fact]
    public async Task An_entry_stream_of_the_full_model_before_four_eyes_reads_listed_amended_and_suspended()
    {
        var entry = await StoreAsync(Platform, "watchlist", "entry_listed.v2.json");

        var body = await (await Admin.GetAsync($"/api/entries/{entry.StreamId}")).Json();
        Assert.Equal("SUSPENDED", body.Str("status"));
        Assert.Equal(3, body.GetProperty("version").GetInt32());
        Assert.Equal(["Rosalind Fixturova", "Roza Fixturova"], Names(body));
        Assert.Equal("FX1234567", Assert.Single(body.GetProperty("documents").EnumerateArray()).Str("number"));
        Assert.Equal("+84901234567", Assert.Single(body.GetProperty("identifiers").EnumerateArray()).Str("value"));
        Assert.Equal(["1979-03"], Strings(body, "birthDates"));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("pending").ValueKind); // awaitsApproval absent: a plain listing
        var history = Items(await (await Admin.GetAsync($"/api/entries/{entry.StreamId}/history")).Json());
        Assert.Equal(["admin-1", "admin-2", "admin-2"], history.Select(h => h.Str("actor")));
    }

    [Fact]
    public async Task A_screening_record_stored_before_sealing_reads_in_clear_for_the_officer_who_asked()
    {
        var screening = await StoreAsync(Platform, "watchlist", "traveller_screened.v1.json");

        var asker = Platform.Client("officer", "VN-MPS", subject: "officer-fixture");
        var read = await asker.GetAsync($"/api/screenings/{screening.StreamId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.Json();
        Assert.Equal("Tobias Fixturesson", body.GetProperty("traveller").Str("name"));
        Assert.Equal("SE7654321", Assert.Single(body.GetProperty("traveller").GetProperty("documents").EnumerateArray()).Str("number"));
        Assert.Equal("VN-HAN", body.GetProperty("context").Str("borderPost"));
        Assert.Equal("PNR-FIXTURE-1", body.Str("reference"));
        // Anyone else: it does not exist, as for a record stored today.
        Assert.Equal(HttpStatusCode.NotFound, (await Officer.GetAsync($"/api/screenings/{screening.StreamId}")).StatusCode);
    }

    [Fact]
    public async Task A_screening_record_sealed_before_its_explanations_were_reads_with_them_as_stored_once_its_key_is_gone()
    {
        var screening = await StoreAsync(Platform, "watchlist", "traveller_screened.v2.json");

        var body = await ReadOwnScreeningAsync("officer-fixture", screening.StreamId);
        Assert.True(body.GetProperty("pseudonymised").GetBoolean()); // its data key is not in the key store: shredded
        Assert.Equal("psn:name:3f1c0a9b7d2e4c6f8a10", body.GetProperty("traveller").Str("name"));
        Assert.Equal("VN-SGN", body.GetProperty("context").Str("borderPost"));
        Assert.Equal("PNR-FIXTURE-2", body.Str("reference"));
        var hit = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Equal(screening.Ids["$entry"], hit.GetProperty("entryId").GetGuid());
        // No sealedDetails: the explanations are what the row holds (retention withholds them past the period).
        Assert.Equal(["'SIRIPORN FIXTURAKUL' ~ 'Siriporn Fixturakul'", "TH9988776 vs listed TH9988776"],
            hit.GetProperty("explanation").EnumerateArray().Select(e => e.Str("detail")));
        Assert.False(body.TryGetProperty("sealedDetails", out _));
    }

    [Fact]
    public async Task A_content_screening_record_sealed_before_its_explanations_were_reads_with_them_as_stored_once_its_key_is_gone()
    {
        var screening = await StoreAsync(Platform, "watchlist", "content_screening_recorded.v1.json");

        var body = await ReadOwnScreeningAsync("officer-cyber-fixture", screening.StreamId);
        Assert.True(body.GetProperty("pseudonymised").GetBoolean());
        Assert.Equal("psn:url:5d4c3b2a19080706f5e4", body.GetProperty("content").Str("url"));
        Assert.Equal("VN-CYBER-1", body.GetProperty("context").Str("unit"));
        Assert.Equal(["psn:phone:a1b2c3d4e5f607182930"], Strings(body.GetProperty("extracted"), "phones"));
        var hit = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Equal(screening.Ids["$entry"], hit.GetProperty("entryId").GetGuid());
        Assert.Equal("phone +84907654321 vs listed +84907654321",
            Assert.Single(hit.GetProperty("explanation").EnumerateArray()).Str("detail"));
        Assert.False(body.TryGetProperty("sealedDetails", out _));
    }

    [Fact]
    public async Task An_alert_raised_before_audiences_folds_with_its_releasability_change_and_is_seen_by_nobody_until_settled()
    {
        var alert = await StoreAsync(Platform, "alerts", "alert_raised.v1.json");

        var folded = await FoldAsync(alert.StreamId);
        Assert.Equal(3, folded.Version);
        Assert.Equal(AlertStatus.Acknowledged, folded.Status);
        Assert.Equal("cc-vn", folded.AcknowledgedBy);
        Assert.Equal(AlertSeverity.Critical, folded.Severity);
        Assert.Equal(alert.Ids["$entry"], folded.Facts.EntryId);
        Assert.Equal("KH1112223", Assert.Single(folded.Facts.Traveller.Documents).Number);
        Assert.Equal(["VN-MPS"], folded.Facts.ReleasableTo); // the releasability change, still applied
        Assert.Null(folded.Facts.ScreeningAgency);
        Assert.Null(folded.Facts.Unit);
        Assert.False(folded.IsVisibleTo("VN-MPS")); // until the audience migration settles it
        Assert.Equal("VN-HAN", folded.Facts.ShownBorderPost);
    }

    [Fact]
    public async Task An_alert_raised_with_an_audience_before_content_and_retention_folds_repeated_and_resolved()
    {
        var alert = await StoreAsync(Platform, "alerts", "alert_raised.v2.json");

        var folded = await FoldAsync(alert.StreamId);
        Assert.Equal(AlertStatus.Resolved, folded.Status);
        Assert.Equal(AlertOutcome.FalsePositive, folded.Outcome);
        Assert.Equal("namesake", folded.ResolutionNote);
        Assert.Equal(2, folded.HitCount);
        Assert.Equal([alert.Ids["$screening"], alert.Ids["$screening2"]], folded.ScreeningIds);
        Assert.Equal("KH-GDI", folded.Facts.ScreeningAgency);
        Assert.True(folded.IsVisibleTo("KH-GDI"));
        Assert.True(folded.IsVisibleTo("VN-MPS"));
        Assert.False(folded.IsVisibleTo("TH-IMM"));
        Assert.Null(folded.Facts.PseudonymisedAt);
        Assert.Equal("VN-DAD", folded.Facts.ShownBorderPost); // no unit: a border alert
    }

    [Fact]
    public async Task A_content_alert_raised_before_sealing_folds_in_clear_with_its_unit_and_post_and_is_assigned()
    {
        var alert = await StoreAsync(Platform, "alerts", "alert_raised.v3.json");

        var folded = await FoldAsync(alert.StreamId);
        Assert.Equal(2, folded.Version);
        Assert.Equal("cyber-desk-2", folded.Assignee);
        Assert.Equal("VN-CYBER-1", folded.Facts.Unit);
        Assert.Equal("https://facebook.example/posts/fixture-1", folded.Facts.Post);
        Assert.True(AlertDecider.HasClearPost(folded)); // what the pseudonymising step looks for in an unsealed raising
        Assert.Equal(["Tran Fixture Broker"], folded.Facts.Traveller.Names);
        Assert.Equal("post:https://facebook.example/posts/fixture-1", folded.Facts.TravellerIdentity);
        Assert.Null(folded.Facts.PseudonymisedAt);
        Assert.Null(folded.Facts.ShownBorderPost);
        Assert.True(folded.IsVisibleTo("VN-MPS"));
    }

    [Fact]
    public async Task A_content_alert_pseudonymised_before_posts_were_keeps_its_post_and_folds_its_traveller_as_pseudonyms()
    {
        var alert = await StoreAsync(Platform, "alerts", "alert_traveller_pseudonymised.v1.json");

        var folded = await FoldAsync(alert.StreamId);
        Assert.Equal(2, folded.Version);
        Assert.Equal(["psn:name:7c6b5a4f3e2d1c0b9a88"], folded.Facts.Traveller.Names);
        Assert.Equal("psn:email:1a2b3c4d5e6f7a8b9c0d", Assert.Single(folded.Facts.Traveller.Identifiers).Value);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero), folded.Facts.PseudonymisedAt);
        // No post in the event: the post stays as it was, still in clear, for today's retention to pseudonymise.
        Assert.Equal("sha256:9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9", folded.Facts.Post);
        Assert.True(AlertDecider.HasClearPost(folded));
        Assert.Equal("VN-CYBER-2", folded.Facts.Unit);
    }

    /// <summary>The record as the officer who asked reads it (the fixtures' actor).</summary>
    private async Task<JsonElement> ReadOwnScreeningAsync(string asker, Guid screeningId)
    {
        var client = Platform.Client("officer", "VN-MPS", subject: asker);
        var read = await client.GetAsync($"/api/screenings/{screeningId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return await read.Json();
    }

    private async Task<Alert> FoldAsync(Guid alertId)
    {
        await using var session = Watchlist.Tests.Integration.Infrastructure.Platform.StoreOf(Platform.Alerts).QuerySession();
        var events = await session.AlertEventsAsync(alertId, CancellationToken.None);
        return AlertDecider.Fold(events.Select(e => e.Data).Cast<IAlertEvent>())!;
    }

    private static string[] Names(JsonElement entry) =>
        [.. entry.GetProperty("names").EnumerateArray().Select(n => n.Str("value"))];

    private static string[] Strings(JsonElement entry, string property) =>
        [.. entry.GetProperty(property).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString())];

    private static JsonElement[] Items(JsonElement page) =>
        page.ValueKind == JsonValueKind.Array ? [.. page.EnumerateArray()] : [.. page.GetProperty("items").EnumerateArray()];
}
