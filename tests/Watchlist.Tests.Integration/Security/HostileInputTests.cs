using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Security;

/// <summary>
/// Input that used to reach a 500 (issue 10, finding 6), through the gateway to every service: NULs and other refused
/// characters in bodies and query strings, non-string reasons, invalid Unicode, duplicate keys, foreign charsets and
/// broken multipart bodies. Each is a 4xx problem+json, and the character policy is the same everywhere.
/// </summary>
public sealed class HostileInputTests(PlatformTest<HostileInputTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<HostileInputTests>(fixture, rabbit)
{
    private const string Nul = "\\u0000";

    /// <summary>role, method, path ({entry} and {alert} are made for the case), JSON body with a NUL where the case says.</summary>
    public static TheoryData<string, string, string, string, string> NulFields => new()
    {
        { "screening name", "officer", "POST /api/screenings",
            "{\"traveller\":{\"name\":\"Hung" + Nul + "\"},\"context\":{\"borderPost\":\"VN-TSN\"}}", "traveller.name" },
        { "border post", "officer", "POST /api/screenings",
            "{\"traveller\":{\"name\":\"Hung\"},\"context\":{\"borderPost\":\"VN-" + Nul + "TSN\"}}", "context.borderPost" },
        { "batch name", "officer", "POST /api/screenings/batch",
            "{\"context\":{\"borderPost\":\"VN-TSN\"},\"travellers\":[{\"ref\":\"p1\",\"name\":\"A\"}," +
            "{\"ref\":\"p2\",\"name\":\"B" + Nul + "\"}]}", "travellers[1].name" },
        { "entry name", "admin", "POST /api/entries",
            EntryWith("\"names\":[{\"value\":\"Hung" + Nul + "\",\"type\":\"PRIMARY\"}]"), "names[0].value" },
        { "entry list", "admin", "POST /api/entries",
            EntryWith("\"names\":[{\"value\":\"Hung\"}],\"lists\":[\"a" + Nul + "\"]"), "lists[0]" },
        { "entry remarks", "admin", "POST /api/entries",
            EntryWith("\"names\":[{\"value\":\"Hung\"}],\"remarks\":\"" + Nul + "\""), "remarks" },
        { "patched remarks", "admin", "PATCH /api/entries/{entry}", "{\"remarks\":\"seen" + Nul + "\",\"reason\":\"intel\"}", "remarks" },
        { "patch reason", "admin", "PATCH /api/entries/{entry}", "{\"remarks\":\"seen\",\"reason\":\"intel" + Nul + "\"}", "reason" },
        { "suspend reason", "admin", "POST /api/entries/{entry}/suspend", "{\"reason\":\"" + Nul + "\"}", "reason" },
        { "subscription name", "command-centre", "POST /api/subscriptions", "{\"name\":\"TSN" + Nul + "\",\"filter\":{}}", "name" },
        { "subscription post", "command-centre", "POST /api/subscriptions",
            "{\"name\":\"TSN\",\"filter\":{\"borderPosts\":[\"" + Nul + "\"]}}", "filter.borderPosts[0]" },
        { "alert comment", "command-centre", "POST /api/alerts/{alert}/comment", "{\"text\":\"held" + Nul + "\"}", "text" },
        { "escalation reason", "command-centre", "POST /api/alerts/{alert}/escalate", "{\"reason\":\"" + Nul + "\"}", "reason" },
        { "resolution note", "command-centre", "POST /api/alerts/{alert}/resolve",
            "{\"outcome\":\"NO_ACTION\",\"note\":\"" + Nul + "\"}", "note" },
        { "entries list filter", "admin", "GET /api/entries?list=%00", "", "list" },
        { "entries name query", "admin", "GET /api/entries?q=Hung%00", "", "q" },
        { "alerts border post", "command-centre", "GET /api/alerts?borderPost=%00", "", "borderPost" },
        { "alerts status", "command-centre", "GET /api/alerts?status=%00", "", "status" },
    };

    [Theory]
    [MemberData(nameof(NulFields))]
    public async Task A_nul_in_any_string_field_or_query_parameter_is_a_400_naming_the_field(
        string _, string role, string request, string body, string field)
    {
        var response = await SendAsync(role, await PrepareAsync(request), body);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("U+0000", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    /// <summary>Each refused character inside an entry's name, and the kept ones beside it.</summary>
    [Theory]
    [InlineData(0x0001)]
    [InlineData(0x001B)]
    [InlineData(0x007F)]
    [InlineData(0x0085)]
    [InlineData(0x009B)]
    [InlineData(0x202A)]
    [InlineData(0x202E)]
    [InlineData(0x2066)]
    [InlineData(0x2069)]
    [InlineData(0x200B)]
    [InlineData(0x2060)]
    [InlineData(0xFEFF)]
    [InlineData(0x180E)]
    [InlineData(0xFFFF)]
    public async Task Control_bidi_override_and_invisible_characters_are_refused_in_names_free_text_and_queries(int codePoint)
    {
        var text = $"Hung{char.ConvertFromUtf32(codePoint)}Nguyen";
        var name = await Admin.PostAsync("/api/entries", Json(JsonSerializer.Serialize(new
        {
            kind = "PERSON", names = new[] { new { value = text } }, action = "ARREST",
        })));
        var comment = await SendAsync(
            "command-centre", await PrepareAsync("POST /api/alerts/{alert}/comment"), JsonSerializer.Serialize(new { text }));
        var query = await Admin.GetAsync($"/api/entries?q={Uri.EscapeDataString(text)}");

        Assert.Contains($"U+{codePoint:X4}",
            (await AssertProblemAsync(name, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("names[0].value")[0].GetString());
        Assert.Contains($"U+{codePoint:X4}",
            (await AssertProblemAsync(comment, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Contains($"U+{codePoint:X4}",
            (await AssertProblemAsync(query, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("q")[0].GetString());
    }

    /// <summary>Found by the fuzz suite (seed 6): a null item in an entry's list answered 500.</summary>
    [Theory]
    [InlineData("names", "\"names\":[null]")]
    [InlineData("identifiers", "\"names\":[{\"value\":\"Hung\"}],\"identifiers\":[null]")]
    [InlineData("documents", "\"names\":[{\"value\":\"Hung\"}],\"documents\":[null]")]
    [InlineData("releasableTo", "\"names\":[{\"value\":\"Hung\"}],\"releasableTo\":[null]")]
    [InlineData("birthDates", "\"names\":[{\"value\":\"Hung\"}],\"birthDates\":[null]")]
    public async Task A_null_item_in_an_entrys_list_is_a_400_naming_it(string field, string members)
    {
        var response = await Admin.PostAsync("/api/entries", Json($"{{\"kind\":\"PERSON\",\"action\":\"ARREST\",{members}}}"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("null", problem.GetProperty("errors").GetProperty($"{field}[0]")[0].GetString());
    }

    /// <summary>Separators and combining marks are kept text (not refused like controls): a search for them is answered.</summary>
    [Theory]
    [InlineData("\u2028x")]
    [InlineData("x\u2029")]
    [InlineData("\u2028")]
    [InlineData("\u00A0\u3000")]
    [InlineData("\u0301")]
    public async Task Separators_and_lone_marks_in_a_search_are_an_answer_not_a_fault(string q)
    {
        var rest = await Admin.GetAsync($"/api/entries?q={Uri.EscapeDataString(q)}");
        var graphQL = await Admin.PostAsync("/graphql", Json(JsonSerializer.Serialize(new
        {
            query = "query($q: String) { entries(filter: {q: $q}) { edges { node { id } } } }", variables = new { q },
        })));

        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        var result = await graphQL.Json();
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task Joiners_bidi_marks_and_line_breaks_are_kept_as_given()
    {
        const string persian = "مهر\u200Cداد \u200Fرضایی"; // ZWNJ inside the first name, an RLM before the surname
        const string remarks = "Line one\r\n\tline two, 👩\u200D👧";
        var response = await Admin.PostAsync("/api/entries", Json(JsonSerializer.Serialize(new
        {
            kind = "PERSON", names = new[] { new { value = persian } }, action = "ARREST", remarks,
        })));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await response.Json();
        Assert.Equal(persian, entry.GetProperty("names")[0].GetProperty("value").GetString());
        Assert.Equal(remarks, entry.GetProperty("remarks").GetString());
    }

    public static TheoryData<string, string> BadPatches => new()
    {
        { "reason a number", "{\"remarks\":\"x\",\"reason\":7}" },
        { "reason an object", "{\"remarks\":\"x\",\"reason\":{\"why\":\"intel\"}}" },
        { "reason an array", "{\"remarks\":\"x\",\"reason\":[\"intel\"]}" },
        { "reason a boolean", "{\"remarks\":\"x\",\"reason\":true}" },
        { "lone high surrogate", "{\"remarks\":\"seen \\ud800x\"}" },
        { "lone low surrogate", "{\"remarks\":\"seen \\udc00\"}" },
        { "reversed surrogates", "{\"remarks\":\"seen \\udc00\\ud800\"}" },
        { "surrogate in a key", "{\"\\ud800\":\"x\"}" },
        { "duplicate key", "{\"remarks\":\"a\",\"remarks\":\"b\"}" },
        { "duplicate reason", "{\"remarks\":\"a\",\"reason\":\"x\",\"reason\":\"y\"}" },
        { "duplicate nested key", "{\"source\":{\"dataset\":\"manual\",\"dataset\":\"ofac-sdn\"}}" },
    };

    [Theory]
    [MemberData(nameof(BadPatches))]
    public async Task A_patch_with_a_non_string_reason_invalid_unicode_or_a_duplicate_key_is_a_400(string _, string patch)
    {
        var (entryId, version) = await Platform.ListAsync(AlertFlows.Person("Trần Văn Bảo", AlertFlows.NewPassport()));
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/entries/{entryId}")
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
            Headers = { { "If-Match", $"\"{version}\"" } },
        };

        await AssertProblemAsync(await Admin.SendAsync(request), HttpStatusCode.BadRequest);
        var after = await Admin.GetAsync($"/api/entries/{entryId}");
        Assert.Equal($"\"{version}\"", after.Headers.ETag?.Tag); // nothing was changed
    }

    [Theory]
    [InlineData("admin", "POST /api/entries")]
    [InlineData("admin", "PATCH /api/entries/{entry}")]
    [InlineData("officer", "POST /api/screenings")]
    [InlineData("command-centre", "POST /api/subscriptions")]
    [InlineData("command-centre", "POST /api/alerts/{alert}/comment")]
    public async Task A_charset_other_than_utf8_is_a_415(string role, string request)
    {
        var content = new ByteArrayContent("{\"name\":\"x\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=ebcdic-xx");
        var (method, path) = Split(await PrepareAsync(request));
        var message = new HttpRequestMessage(method, path) { Content = content, Headers = { { "If-Match", "\"1\"" } } };

        var problem = await AssertProblemAsync(await Platform.Client(role).SendAsync(message), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("UTF-8", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("ofac-sdn", "multipart/form-data")]
    [InlineData("ofac-sdn", "multipart/form-data; boundary=")]
    [InlineData("ofac-sdn", "multipart/form-data; boundary=not-the-one-in-the-body")]
    [InlineData("un-sc", "multipart/form-data")]
    [InlineData("un-sc", "multipart/form-data; boundary=not-the-one-in-the-body")]
    public async Task A_multipart_import_without_its_boundary_is_a_400(string dataset, string contentType)
    {
        const string body =
            "--real-boundary\r\nContent-Disposition: form-data; name=\"sdn\"; filename=\"sdn.csv\"\r\n\r\n1,\"X\"\r\n--real-boundary--\r\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        await AssertProblemAsync(await Admin.PostAsync($"/api/imports/{dataset}", content), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_time_with_any_utc_offset_is_read_as_that_instant_in_entry_and_screening_replays()
    {
        var (id, _) = await Platform.ListAsync(AlertFlows.Person("Đỗ Thị Hoa", AlertFlows.NewPassport()));
        var later = DateTimeOffset.UtcNow.AddMinutes(5).ToOffset(TimeSpan.FromHours(14)).ToString("yyyy-MM-ddTHH:mm:sszzz");

        var entry = await Admin.GetAsync($"/api/entries/{id}?asOf={Uri.EscapeDataString(later)}");
        var replay = await Platform.Client("officer").PostAsync("/api/screenings",
            Json("{\"traveller\":{\"name\":\"Do Thi Hoa\"},\"context\":{\"borderPost\":\"VN-TSN\"},\"asOf\":\"" + later + "\"}"));

        Assert.True(entry.IsSuccessStatusCode, $"{(int)entry.StatusCode}: {await entry.Content.ReadAsStringAsync()}");
        Assert.True(replay.IsSuccessStatusCode, $"{(int)replay.StatusCode}: {await replay.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=UTF8")]
    public async Task A_utf8_charset_in_any_spelling_is_read_as_utf8(string contentType)
    {
        var (id, version) = await Platform.ListAsync(AlertFlows.Person("Trịnh Văn Quyết", AlertFlows.NewPassport()));
        var body = new StringContent("{\"reason\":\"fuzz finding\"}", Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var suspended = await Admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/entries/{id}/suspend")
        {
            Content = body, Headers = { { "If-Match", $"\"{version}\"" } }
        });

        Assert.True(suspended.IsSuccessStatusCode, $"{(int)suspended.StatusCode}: {await suspended.Content.ReadAsStringAsync()}");
    }

    private HttpClient Admin => Platform.Client("admin");

    private static string EntryWith(string fields) => "{\"kind\":\"PERSON\",\"action\":\"ARREST\"," + fields + "}";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static (HttpMethod, string) Split(string request) => (new HttpMethod(request.Split(' ')[0]), request.Split(' ')[1]);

    private Task<HttpResponseMessage> SendAsync(string role, string request, string body)
    {
        var (method, path) = Split(request);
        var message = new HttpRequestMessage(method, path) { Headers = { { "If-Match", "\"1\"" } } };
        if (method != HttpMethod.Get) message.Content = Json(body);
        return Platform.Client(role).SendAsync(message);
    }

    /// <summary>Makes the entry or the alert a request names, so that the refused input reaches a real one.</summary>
    private async Task<string> PrepareAsync(string request)
    {
        if (request.Contains("{entry}"))
            request = request.Replace(
                "{entry}", (await Platform.ListAsync(AlertFlows.Person("Lê Văn Tám", AlertFlows.NewPassport()))).Id.ToString());
        if (request.Contains("{alert}")) request = request.Replace("{alert}", (await AlertAsync()).ToString());
        return request;
    }

    private static Guid? _alert;
    private static readonly SemaphoreSlim AlertLock = new(1, 1);

    /// <summary>One open alert for the whole class: raising one takes a screening and a trip over the broker.</summary>
    private async Task<Guid> AlertAsync()
    {
        await AlertLock.WaitAsync();
        try
        {
            if (_alert is { } known) return known;
            var name = $"{AlertFlows.RandomSurname()} Văn Hùng";
            var passport = AlertFlows.NewPassport();
            var (entryId, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
            await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId);
            var alerts = await Platform.AlertsUntilAsync(entryId, a => a.Length > 0, "the alert to be raised");
            return (_alert = alerts[0].Id()).Value;
        }
        finally { AlertLock.Release(); }
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} instead of {(int)status}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }
}
