using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>Purpose of access: auditors say why before reading personal data, and every read is in the append-only access log.</summary>
public sealed class AccessLogTests(PlatformTest<AccessLogTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<AccessLogTests>(fixture, rabbit)
{
    private HttpClient Officer => Platform.Client("officer", "VN-MPS", subject: "officer-log");

    private HttpClient Auditor(string? purpose, string agency = "VN-MPS", string subject = "auditor-log")
    {
        var client = Platform.Client("auditor", agency, subject);
        if (purpose is not null) client.DefaultRequestHeaders.Add("X-Purpose", purpose);
        return client;
    }

    private async Task<Guid> ScreenAsync()
    {
        var response = await Officer.PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name = "LE THI LOG" }, context = new { borderPost = "VN-LOG", direction = "ENTRY" },
        });
        return (await response.Json()).GetProperty("screeningId").GetGuid();
    }

    private static async Task<JsonElement[]> Items(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Json()).GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task Auditors_need_a_purpose_and_every_read_of_a_screening_record_is_logged_with_who_why_and_the_request()
    {
        var id = await ScreenAsync();
        Assert.Equal(HttpStatusCode.OK, (await Officer.GetAsync($"/api/screenings/{id}")).StatusCode); // their own: no purpose needed
        var refused = await Auditor(null).GetAsync($"/api/screenings/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/screenings/{id}") { Headers = { { "X-Correlation-ID", "audit-42" } } };
        Assert.Equal(HttpStatusCode.OK, (await Auditor("case VN-2026-0042").SendAsync(request)).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await Auditor(null).GetAsync("/api/access-log")).StatusCode);
        var reads = await Items(await Auditor("annual audit").GetAsync($"/api/access-log?resource=screening:{id}"));
        Assert.Equal(2, reads.Length); // the refused read never happened
        var audited = reads.Single(r => r.GetProperty("subject").GetString() == "auditor-log");
        Assert.Equal("case VN-2026-0042", audited.GetProperty("purpose").GetString());
        Assert.Equal("audit-42", audited.GetProperty("correlationId").GetString());
        Assert.Equal("VN-MPS", audited.GetProperty("agency").GetString());
        var own = reads.Single(r => r.GetProperty("subject").GetString() == "officer-log");
        Assert.Equal(JsonValueKind.Null, own.GetProperty("purpose").ValueKind);

        // Reading the log is logged too, and the filters narrow it.
        var logReads = await Items(await Auditor("annual audit").GetAsync("/api/access-log?resource=access-log"));
        Assert.Contains(logReads, r => r.GetProperty("purpose").GetString() == "annual audit");
        var bySubject = await Items(await Auditor("annual audit").GetAsync("/api/access-log?subject=officer-log"));
        Assert.All(bySubject, r => Assert.Equal("officer-log", r.GetProperty("subject").GetString()));
        Assert.NotEmpty(bySubject);
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        Assert.Empty(await Items(await Auditor("annual audit").GetAsync($"/api/access-log?from={future}")));
        var paged = await (await Auditor("annual audit").GetAsync("/api/access-log?limit=1")).Json();
        Assert.Single(paged.GetProperty("items").EnumerateArray());
        var cursor = paged.GetProperty("nextCursor").GetString();
        var next = await Items(await Auditor("annual audit").GetAsync($"/api/access-log?limit=1&cursor={cursor}"));
        Assert.NotEqual(paged.GetProperty("items")[0].GetProperty("id").GetGuid(), next.Single().GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Only_auditors_read_the_log_and_only_their_own_agencys_reads()
    {
        var id = await ScreenAsync();
        Assert.Equal(HttpStatusCode.OK, (await Officer.GetAsync($"/api/screenings/{id}")).StatusCode);

        var foreign = await Items(await Auditor("cross-border review", "KH-GDI", "auditor-kh").GetAsync("/api/access-log"));
        Assert.All(foreign, r => Assert.Equal("KH-GDI", r.GetProperty("agency").GetString()));
        foreach (var role in new[] { "officer", "admin", "command-centre" })
        {
            var client = Platform.Client(role);
            client.DefaultRequestHeaders.Add("X-Purpose", "curious");
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/access-log")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await Auditor("x").GetAsync("/api/access-log?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Auditor("x").GetAsync("/api/access-log?from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Auditor(new string('p', 501)).GetAsync("/api/access-log")).StatusCode);
    }
}
