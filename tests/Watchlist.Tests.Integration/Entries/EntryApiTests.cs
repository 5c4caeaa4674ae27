using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Entries;

/// <summary>The admin's daily work on entries, through the gateway: precise, safe to retry, audited.</summary>
public sealed class EntryApiTests(PlatformTest<EntryApiTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EntryApiTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS");

    private static object Person(string name, string[]? releasableTo = null, string list = "trafficking-suspects") => new
    {
        kind = "PERSON",
        names = new[] { new { value = name, type = "PRIMARY" } },
        birthDates = new[] { "1980-05-12" },
        nationalities = new[] { "VNM" },
        lists = new[] { list },
        category = "HUMAN_TRAFFICKING",
        action = "ARREST",
        releasableTo = releasableTo ?? ["VN-MPS", "KH-GDI"],
    };

    private async Task<JsonElement> List(object body)
    {
        var response = await Admin.PostAsJsonAsync("/api/entries", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Json();
    }

    private Task<HttpResponseMessage> Patch(Guid id, int? version, object body) =>
        Admin.SendAsync(WithIfMatch(HttpMethod.Patch, $"/api/entries/{id}", version, body, "application/merge-patch+json"));

    private Task<HttpResponseMessage> Lifecycle(Guid id, string action, int? version, string? reason, HttpClient? client = null) =>
        (client ?? Admin).SendAsync(WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/{action}", version, new { reason }));

    [Fact]
    public async Task A_merge_patch_with_the_current_etag_amends_and_returns_the_new_etag()
    {
        var id = (await List(Person("Nguyễn Văn Hùng"))).GetProperty("id").GetGuid();

        var response = await Patch(id, 1, new
        {
            remarks = "Seen at Mộc Bài", identifiers = new[] { new { type = "PHONE", value = "0901 234 567" } }, reason = "new intelligence"
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var entry = await response.Json();
        Assert.Equal("Seen at Mộc Bài", entry.GetProperty("remarks").GetString());
        Assert.Equal("+84901234567", entry.GetProperty("identifiers")[0].GetProperty("value").GetString());
        Assert.Equal("VN", entry.GetProperty("nationalities")[0].GetString());
    }

    [Fact]
    public async Task A_stale_etag_gets_412_a_missing_one_428_and_a_malformed_one_400()
    {
        var id = (await List(Person("Trần Thị Mai"))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await Patch(id, 1, new { remarks = "first" })).StatusCode);

        Assert.Equal((HttpStatusCode)412, (await Patch(id, 1, new { remarks = "second" })).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await Patch(id, null, new { remarks = "third" })).StatusCode);
        var malformed =
            new HttpRequestMessage(HttpMethod.Patch, $"/api/entries/{id}") { Content = JsonContent.Create(new { remarks = "x" }) };
        malformed.Headers.TryAddWithoutValidation("If-Match", "version two");
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.SendAsync(malformed)).StatusCode);
    }

    [Fact]
    public async Task Twenty_concurrent_amendments_with_one_etag_give_one_success_and_no_lost_update()
    {
        var id = (await List(Person("Phạm Văn Đức"))).GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Patch(id, 1, new { remarks = $"writer {i}" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == (HttpStatusCode)412));
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Json();
        var current = await (await Admin.GetAsync($"/api/entries/{id}")).Json();
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(winner.GetProperty("remarks").GetString(), current.GetProperty("remarks").GetString());
        Assert.Equal(2, (await (await Admin.GetAsync($"/api/entries/{id}/history")).Json()).GetArrayLength());
    }

    [Fact]
    public async Task Fields_that_a_patch_cannot_change_are_refused_by_name()
    {
        var id = (await List(Person("Võ Thị Sáu"))).GetProperty("id").GetGuid();
        var response = await Patch(id, 1, new { kind = "ORGANISATION", status = "DELISTED" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Suspend_reinstate_and_delist_need_a_reason_and_follow_the_lifecycle()
    {
        var id = (await List(Person("Lý Văn Tâm"))).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.BadRequest, (await Lifecycle(id, "suspend", 1, reason: null)).StatusCode);
        var suspended = await Lifecycle(id, "suspend", 1, "under review by prosecutor");
        Assert.Equal("SUSPENDED", (await suspended.Json()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Lifecycle(id, "suspend", 2, "again")).StatusCode);
        Assert.Equal("ACTIVE", (await (await Lifecycle(id, "reinstate", 2, "review done")).Json()).GetProperty("status").GetString());
        Assert.Equal(
            "DELISTED", (await (await Lifecycle(id, "delist", 3, "court order 12/2026")).Json()).GetProperty("status").GetString());

        var amendAfterDelist = await Patch(id, 4, new { remarks = "too late" });
        Assert.Equal(HttpStatusCode.Conflict, amendAfterDelist.StatusCode);
        Assert.Contains("delisted", (await amendAfterDelist.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task History_shows_every_change_with_actor_agency_reason_and_the_values_before_and_after()
    {
        var id = (await List(Person("Hoàng Văn Long"))).GetProperty("id").GetGuid();
        await Patch(id, 1, new { remarks = "first remark", reason = "intel report 7" });
        await Lifecycle(id, "suspend", 2, "pending review");

        var history = await (await Platform.Client("auditor").GetAsync($"/api/entries/{id}/history")).Json();

        Assert.Equal(3, history.GetArrayLength());
        Assert.Equal(["LISTED", "AMENDED", "SUSPENDED"], history.EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        var amended = history[1];
        Assert.Equal("test-admin", amended.GetProperty("actor").GetString());
        Assert.Equal("VN-MPS", amended.GetProperty("agency").GetString());
        Assert.Equal("intel report 7", amended.GetProperty("reason").GetString());
        Assert.Equal("first remark", amended.GetProperty("changes").GetProperty("remarks").GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, amended.GetProperty("changes").GetProperty("remarks").GetProperty("from").ValueKind);
        Assert.Equal("SUSPENDED", history[2].GetProperty("changes").GetProperty("status").GetProperty("to").GetString());
    }

    [Fact]
    public async Task AsOf_gives_the_entry_exactly_as_it_was_then()
    {
        var id = (await List(Person("Đỗ Minh Quân"))).GetProperty("id").GetGuid();
        await Task.Delay(50);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await Patch(id, 1, new { remarks = "later fact", lists = new[] { "smuggling-facilitators" } });

        var then = await (await Admin.GetAsync($"/api/entries/{id}?asOf={Uri.EscapeDataString(between.ToString("O"))}")).Json();
        var now = await (await Admin.GetAsync($"/api/entries/{id}")).Json();

        Assert.Equal(1, then.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, then.GetProperty("remarks").ValueKind);
        Assert.Equal("trafficking-suspects", then.GetProperty("lists")[0].GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());
        var before = await Admin.GetAsync($"/api/entries/{id}?asOf=2000-01-01T00:00:00Z");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_return_the_first_answer_and_another_body_gets_422()
    {
        var body = Person("Bùi Thị Xuân");
        var first = await Send(body, "key-1");
        var again = await Send(body, "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal((await first.Json()).GetProperty("id").GetGuid(), (await again.Json()).GetProperty("id").GetGuid());
        Assert.Equal((HttpStatusCode)422, (await Send(Person("Someone Else"), "key-1")).StatusCode);

        var page = await (await Admin.GetAsync("/api/entries?q=bui%20thi%20xuan")).Json();
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());

        Task<HttpResponseMessage> Send(object b, string key) =>
            Admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/entries")
            {
                Content = JsonContent.Create(b), Headers = { { "Idempotency-Key", key } }
            });
    }

    [Fact]
    public async Task An_agency_the_entry_is_not_released_to_never_sees_it()
    {
        var id = (await List(Person("Secret Broker Nguyen", releasableTo: ["VN-MPS"], list: "vn-only"))).GetProperty("id").GetGuid();
        var outsider = Platform.Client("auditor", "KH-GDI");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/entries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/entries/{id}/history")).StatusCode);
        Assert.Equal(0, (await (await outsider.GetAsync("/api/entries?list=vn-only")).Json()).GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await (await Platform.Client("auditor", "VN-MPS").GetAsync("/api/entries?list=vn-only")).Json())
            .GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Only_the_owning_agency_changes_an_entry_it_has_shared()
    {
        var id = (await List(Person("Shared Entry Tran"))).GetProperty("id").GetGuid();
        var partnerAdmin = Platform.Client("admin", "KH-GDI");

        Assert.Equal(HttpStatusCode.OK, (await partnerAdmin.GetAsync($"/api/entries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Lifecycle(id, "delist", 1, "not ours", partnerAdmin)).StatusCode);
    }

    [Fact]
    public async Task Listing_filters_searches_without_diacritics_and_pages_without_gaps_or_repeats()
    {
        foreach (var name in new[] { "Ngô Văn A", "Ngô Văn B", "Ngô Văn C", "Ngô Văn D", "Ngô Văn E" })
            await List(Person(name, list: "paging-list"));
        var org = await List(new
        {
            kind = "ORGANISATION", names = new[] { new { value = "Công ty TNHH Việc Nhẹ", type = "PRIMARY" } },
            lists = new[] { "paging-list" }, action = "INFORM"
        });

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await Admin.GetAsync(
                $"/api/entries?list=paging-list&kind=PERSON&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}")).Json();
            seen.AddRange(
                page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("names")[0].GetProperty("value").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);

        Assert.Equal(["Ngô Văn E", "Ngô Văn D", "Ngô Văn C", "Ngô Văn B", "Ngô Văn A"], seen); // newest first
        var found = await (await Admin.GetAsync("/api/entries?q=CONG%20TY%20TNHH%20VIEC%20NHE")).Json();
        Assert.Equal(org.GetProperty("id").GetGuid(), found.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/entries?cursor=garbage")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/entries?limit=501")).StatusCode);
    }

    [Fact]
    public async Task An_entry_past_valid_until_shows_expired_and_lists_under_expired()
    {
        var body = new
        {
            kind = "TRAVEL_DOCUMENT",
            documents = new[] { new { type = "PASSPORT", number = "C7654321", country = "VN" } },
            lists = new[] { "expiry-list" },
            action = "SEIZE_DOCUMENT",
            validFrom = "2025-01-01T00:00:00Z",
            validUntil = "2026-01-01T00:00:00Z",
        };
        var entry = await List(body);

        Assert.Equal("EXPIRED", entry.GetProperty("status").GetString());
        var expired = await (await Admin.GetAsync("/api/entries?list=expiry-list&status=EXPIRED")).Json();
        var active = await (await Admin.GetAsync("/api/entries?list=expiry-list&status=ACTIVE")).Json();
        Assert.Equal(1, expired.GetProperty("items").GetArrayLength());
        Assert.Equal(0, active.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Changes_reach_the_alerts_service_as_full_snapshots_in_order()
    {
        var id = (await List(Person("Đinh Văn Phúc"))).GetProperty("id").GetGuid();
        await Patch(id, 1, new { severity = "HIGH" });
        await Lifecycle(id, "delist", 2, "acquitted");

        var watched = await Eventually.Until(async () =>
        {
            await using var session = Platform.StoreOf(Platform.Alerts).QuerySession();
            return await session.LoadAsync<Watchlist.Alerts.Entries.WatchedEntry>(id);
        }, w => w?.Version == 3, "alerts to see version 3");
        Assert.Equal("DELISTED", watched!.Status);
        Assert.Equal("HIGH", watched.Severity);
    }

    [Fact]
    public async Task A_review_is_recorded_with_its_finding_and_sets_the_next_review_date()
    {
        var id = (await List(Person("Mai Văn Kiên"))).GetProperty("id").GetGuid();

        var reviewed = await Admin.SendAsync(
            WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/review", 1, new { reason = "still wanted", nextReviewBy = "2099-06-30" }));

        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal("2099-06-30", (await reviewed.Json()).GetProperty("reviewBy").GetString());
        var history = await (await Admin.GetAsync($"/api/entries/{id}/history")).Json();
        Assert.Equal("REVIEWED", history[1].GetProperty("type").GetString());
        Assert.Equal("still wanted", history[1].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.SendAsync(
            WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/review", 2, new { reason = "x", nextReviewBy = "2001-01-01" }))).StatusCode);
    }
}
