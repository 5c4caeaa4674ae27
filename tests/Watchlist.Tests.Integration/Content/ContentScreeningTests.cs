using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Content.Screening;

namespace Watchlist.Tests.Integration.Content;

/// <summary>A cyber officer pastes a post through the gateway and sees what was found and what hit (API.md, content screening).</summary>
public sealed class ContentScreeningTests(PlatformTest<ContentScreeningTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ContentScreeningTests>(fixture, rabbit)
{
    private const string Post = "🔥 TUYỂN GẤP 20 NỮ đi Campuchia, VIỆC NHẸ LƯƠNG CAO 30 triệu/tháng!!! "
        + "Ib hoặc LH chị Lan 0912.345.678 (Zalo)\n"
        + "fb.com/viec.nhe.luong.cao · Email: TuyenDung.HungThinh@gmail.com · www.xkld-hungthinh.com/dang-ky\n"
        + "CÔNG TY TNHH XKLĐ HƯNG THỊNH tuyển liên tục.";

    private HttpClient Officer(string agency = "VN-MPS") => Platform.Client("officer", agency, subject: "cyber-officer-1");

    private async Task<Guid> ListBroker(string[] releasableTo)
    {
        var response = await Platform.Client("admin", "VN-MPS").PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = "Trần Văn Bình", type = "PRIMARY" } },
            identifiers = new object[]
            {
                new { type = "PHONE", value = "+84912345678" },
                new { type = "SOCIAL_HANDLE", value = "viec.nhe.luong.cao", platform = "facebook" },
                new { type = "WEBSITE", value = "www.xkld-hungthinh.com" },
            },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Json()).GetProperty("id").GetGuid();
        await Platform.IndexedAsync(id);
        return id;
    }

    private static object Screening(string text, string unit = "VN-A05", string? language = "vi") => new
    {
        content = new { text, url = "https://www.facebook.com/groups/123/posts/456", platform = "facebook", language },
        context = new { unit },
    };

    private async Task<JsonElement> Screen(object body, HttpClient? client = null)
    {
        var response = await (client ?? Officer()).PostAsJsonAsync("/api/screenings/content", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    [Fact]
    public async Task A_post_naming_a_listed_brokers_phone_hits_with_what_was_found_and_why()
    {
        var id = await ListBroker(["VN-MPS"]);
        var result = await Screen(Screening(Post));

        var extracted = result.GetProperty("extracted");
        Assert.Equal(["+84912345678"], extracted.GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["tuyendung.hungthinh@gmail.com"], extracted.GetProperty("emails").EnumerateArray().Select(p => p.GetString()));
        var handle = Assert.Single(extracted.GetProperty("handles").EnumerateArray());
        Assert.Equal("facebook", handle.GetProperty("platform").GetString());
        Assert.Equal("viec.nhe.luong.cao", handle.GetProperty("value").GetString());
        Assert.Equal(["xkld-hungthinh.com/dang-ky"], extracted.GetProperty("websites").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["CÔNG TY TNHH XKLĐ HƯNG THỊNH"],
            extracted.GetProperty("organisations").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Lan"], extracted.GetProperty("names").EnumerateArray().Select(p => p.GetString()));

        Assert.Equal("MATCH", result.GetProperty("decision").GetString());
        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray(), h => h.GetProperty("entryId").GetGuid() == id);
        Assert.Equal("MATCH", hit.GetProperty("band").GetString());
        var because = hit.GetProperty("explanation").EnumerateArray().Select(e => e.GetProperty("detail").GetString()).ToList();
        Assert.Contains("phone +84912345678 in the post", because);
        Assert.Contains("facebook account viec.nhe.luong.cao in the post", because);
        Assert.Contains("website xkld-hungthinh.com/dang-ky in the post", because);
    }

    [Fact]
    public async Task The_screening_is_recorded_with_the_post_the_unit_and_the_officer()
    {
        var result = await Screen(Screening("LH 0987 654 321 nhé", unit: "VN-A05-CYBER"));
        var screeningId = result.GetProperty("screeningId").GetGuid();
        await using var session = Platform.StoreOf(Platform.Watchlist).QuerySession();
        var stored = Assert.IsType<ContentScreeningRecorded>(Assert.Single(await session.Events.FetchStreamAsync(screeningId)).Data);
        // The event holds the post sealed (decision 0039); opened while its key exists, it is the post as given.
        Assert.Null(stored.Content.Text);
        Assert.NotNull(stored.Sealed);
        var recorded = await Platform.Watchlist.Services.GetRequiredService<WatchlistService.Screening.ScreeningPrivacy>()
            .OpenOneAsync(session, stored, CancellationToken.None);
        Assert.Equal("LH 0987 654 321 nhé", recorded.Content.Text);
        Assert.Equal("VN-A05-CYBER", recorded.Context.Unit);
        Assert.Equal("cyber-officer-1", recorded.Change.Actor);
        Assert.Equal("VN-MPS", recorded.Change.Agency);
        Assert.Equal(["+84987654321"], recorded.Extracted.Phones);
        Assert.Equal("CLEAR", result.GetProperty("decision").GetString());

        var asked = await Officer().GetAsync($"/api/screenings/{screeningId}");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("VN-A05-CYBER", (await asked.Json()).GetProperty("context").GetProperty("unit").GetString());
        var otherOfficer = await Platform.Client("officer", "VN-MPS", subject: "someone-else").GetAsync($"/api/screenings/{screeningId}");
        Assert.Equal(HttpStatusCode.NotFound, otherOfficer.StatusCode);
    }

    [Fact]
    public async Task An_agency_the_entry_is_not_released_to_gets_no_hit_and_no_hint_of_it()
    {
        var id = await ListBroker(["VN-MPS"]);
        var result = await Screen(Screening(Post, unit: "KH-C01"), Officer("KH-GDI"));
        Assert.DoesNotContain(result.GetProperty("hits").EnumerateArray(), h => h.GetProperty("entryId").GetGuid() == id);
        Assert.DoesNotContain(id.ToString(), result.GetRawText());
    }

    [Fact]
    public async Task National_numbers_are_read_in_the_region_of_the_language_then_the_unit_then_the_agency()
    {
        static IEnumerable<string?> Phones(JsonElement r) => r.GetProperty("extracted").GetProperty("phones").EnumerateArray()
            .Select(p => p.GetString());
        Assert.Equal(["+84912345678"], Phones(await Screen(Screening("call 0912 345 678", unit: "VN-A05", language: null),
            Officer("KH-GDI"))));
        Assert.Equal(["+66812345678"], Phones(await Screen(Screening("โทร 081 234 5678", unit: "VN-A05", language: "th"))));
        Assert.Equal(["+66812345678"], Phones(await Screen(Screening("call 081 234 5678", unit: "CYBER", language: null),
            Officer("TH-RTP"))));
    }

    [Fact]
    public async Task Bad_posts_get_problem_details_an_empty_one_400_a_huge_one_413_invalid_text_400()
    {
        async Task<JsonElement> Refused(HttpContent content, HttpStatusCode status)
        {
            var response = await Officer().PostAsync("/api/screenings/content", content);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return await response.Json();
        }
        StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

        var empty = await Refused(JsonContent.Create(Screening("  ")), HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("content.text", out _));
        var noUnit = await Refused(Json("{\"content\":{\"text\":\"LH 0912345678\"}}"), HttpStatusCode.BadRequest);
        Assert.True(noUnit.GetProperty("errors").TryGetProperty("context.unit", out _));
        var huge = await Refused(JsonContent.Create(Screening(new string('a', 100_001))), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("100,000", huge.GetProperty("detail").GetString());
        await Screen(Screening(new string('a', 100_000)));
        var surrogate = await Refused(Json("{\"content\":{\"text\":\"LH \\ud800 0912\"},\"context\":{\"unit\":\"VN-A05\"}}"),
            HttpStatusCode.BadRequest);
        Assert.Contains("Unicode", surrogate.GetRawText());
        await Refused(Json("{\"content\":{\"text\":\"LH \\u0000\"},\"context\":{\"unit\":\"VN-A05\"}}"), HttpStatusCode.BadRequest);
        await Refused(Json("{\"content\":{\"text\":\"x\"},\"context\":"), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await Platform.Client(null).PostAsJsonAsync("/api/screenings/content", Screening(Post))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await Platform.Client("command-centre").PostAsJsonAsync("/api/screenings/content", Screening(Post))).StatusCode);
    }

    [Fact]
    public async Task GraphQL_screenContent_answers_as_REST_does_and_refuses_bad_input_as_BAD_USER_INPUT()
    {
        var id = await ListBroker(["*"]);
        const string Mutation = """
            mutation($content: ContentInput!, $context: ContentContextInput!) {
              screenContent(content: $content, context: $context) {
                screeningId decision
                extracted { phones emails handles { platform value } websites organisations names }
                hits { entryId band explanation { feature detail } }
              }
            }
            """;
        object Request(string text) => new { content = new { text, language = "vi" }, context = new { unit = "VN-A05" } };
        var answer = (await Officer().GraphQLAsync(Mutation, Request(Post))).Ok().GetProperty("screenContent");
        Assert.Equal("MATCH", answer.GetProperty("decision").GetString());
        Assert.Equal(["+84912345678"],
            answer.GetProperty("extracted").GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        var hit = Assert.Single(answer.GetProperty("hits").EnumerateArray(), h => h.GetProperty("entryId").GetGuid() == id);
        Assert.Contains(hit.GetProperty("explanation").EnumerateArray(),
            e => e.GetProperty("detail").GetString() == "phone +84912345678 in the post");

        Assert.Equal("BAD_USER_INPUT", (await Officer().GraphQLAsync(Mutation, Request(""))).Code);
        Assert.Equal("BAD_USER_INPUT", (await Officer().GraphQLAsync(Mutation, Request(new string('a', 100_001)))).Code);
        var admin = await Platform.Client("admin").GraphQLAsync(Mutation, Request(Post));
        Assert.Equal("FORBIDDEN", admin.Code);
    }
}
