using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>The impact dry run through the gateway: counts of the retro window by band and post, releasability, nothing stored.</summary>
public sealed class ImpactTests(PlatformTest<ImpactTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ImpactTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS", subject: "admin-impact");

    private static object Proposed(string name, string[] releasableTo) => new
    {
        kind = "PERSON", names = new[] { new { value = name, type = "PRIMARY" } }, birthDates = new[] { "1980-05-12" },
        nationalities = new[] { "VNM" }, lists = new[] { "impact-list" }, category = "WANTED", action = "INFORM", releasableTo,
    };

    private async Task InWindow(IEnumerable<Guid> crossings)
    {
        var window = RetroFlows.WindowOf(Platform.Alerts);
        foreach (var id in crossings)
            await Eventually.Until(() => Task.FromResult(window.Contains(id)), held => held, $"crossing {id} in the retro window");
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body, string Text)> Impact(object proposed, HttpClient? client = null)
    {
        var response = await (client ?? Admin).PostAsJsonAsync("/api/entries/impact", proposed);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement, text);
    }

    [Fact]
    public async Task A_proposed_entry_counts_the_crossings_it_would_hit_by_band_and_post_and_names_no_one()
    {
        var name = RetroFlows.Name("impact", 1);
        var other = RetroFlows.Name("impact", 2);
        var atFirst = await Platform.ScreenManifestAsync([(name, "C2000001"), (name, "C2000002"), (other, "C2000003")], "VN-IMP-1");
        var atSecond = await Platform.ScreenManifestAsync([(name, "C2000004")], "VN-IMP-2");
        var thai = await Platform.Client("officer", "TH-RTP", "officer-th").PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name = name.ToUpperInvariant(), birthDate = "1980-05-12" },
            context = new { borderPost = "TH-BKK", direction = "ENTRY" },
        });
        var thaiCrossing = (await thai.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screeningId").GetGuid();
        await InWindow([.. atFirst, .. atSecond, thaiCrossing]);

        var (response, ours, text) = await Impact(Proposed(name, ["VN-MPS"]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, ours.GetProperty("crossings").GetInt32()); // the Thai crossing could not hit an entry not released to TH
        Assert.Equal(3, ours.GetProperty("byBand").EnumerateObject().Sum(b => b.Value.GetInt32()));
        var places = ours.GetProperty("byPlace").EnumerateArray()
            .GroupBy(p => p.GetProperty("borderPost").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.GetProperty("crossings").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { ["VN-IMP-1"] = 2, ["VN-IMP-2"] = 1 }, places);
        Assert.DoesNotContain(name.Split(' ')[0], text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("C200000", text);

        var (_, everyone, _) = await Impact(Proposed(name, ["*"]));
        Assert.Equal(4, everyone.GetProperty("crossings").GetInt32());

        // Nothing was listed, and nothing was raised.
        var entries = await (await Admin.GetAsync($"/api/entries?q={Uri.EscapeDataString(name)}")).Json();
        Assert.Empty(entries.GetProperty("items").EnumerateArray());
        Assert.Empty(await Platform.AlertsAtAsync("VN-IMP-1"));
    }

    [Fact]
    public async Task Only_admins_ask_and_invalid_proposals_are_a_400_problem()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("officer").PostAsJsonAsync("/api/entries/impact",
            Proposed("Any One", ["*"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("auditor").PostAsJsonAsync("/api/entries/impact",
            Proposed("Any One", ["*"]))).StatusCode);
        foreach (var body in new[]
        {
            "{\"kind\": \"PERSON\"}", "{\"names\": [{\"value\": \"a\\u0000b\"}]}", "{\"names\": [{\"value\": \"\\udc00x\"}]}",
            "{\"names\": \"Nguyen\"}", "{\"names\": [null]}", "{\"kind\": \"ROBOT\", \"names\": [{\"value\": \"x\"}]}", "[]", "",
        })
        {
            var response = await Admin.PostAsync("/api/entries/impact", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var klingon = new StringContent("{\"names\": [{\"value\": \"x\"}]}", Encoding.UTF8);
        klingon.Headers.ContentType = new("application/json") { CharSet = "x-klingon" };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Admin.PostAsync("/api/entries/impact", klingon)).StatusCode);
    }
}
