using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Content;

/// <summary>What content-alert tests start from, through the gateway: a broker listed with a phone, a post naming it, screened by a
/// unit.</summary>
public static class ContentAlertFlows
{
    /// <summary>A Vietnamese mobile number of this test's own: (E.164 as listed, as a broker writes it in a post).</summary>
    public static (string Listed, string Written) NewPhone()
    {
        var digits = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ($"+8491{digits}", $"091{digits[0]}.{digits[1..4]}.{digits[4..]}");
    }

    public static string PostNaming(string writtenPhone) =>
        $"🔥 TUYỂN GẤP 20 NỮ đi Campuchia, VIỆC NHẸ LƯƠNG CAO 30 triệu/tháng!!! Ib hoặc LH chị Lan {writtenPhone} (Zalo)";

    public static async Task<Guid> ListBrokerAsAsync(this Platform platform, string agency, string phone, string[] releasableTo)
    {
        var response = await platform.Client("admin", agency, $"admin-{agency}").PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = AlertFlows.RandomSurname() + " Văn Bình", type = "PRIMARY" } },
            identifiers = new object[] { new { type = "PHONE", value = phone } },
            lists = new[] { "trafficking-suspects" },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created,
            $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    /// <summary>An officer of <paramref name="agency"/> at <paramref name="unit"/> screens a post: (screening id, hit entries).</summary>
    public static async Task<(Guid Id, Guid[] Hits)> ScreenPostAsAsync(this Platform platform, string agency, string unit, string text,
        string? url, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/screenings/content")
        {
            Content = JsonContent.Create(
                new { content = new { text, url, platform = "facebook", language = "vi" }, context = new { unit } }),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await platform.Client("officer", agency, $"cyber-{agency}").SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var result = await response.Json();
        return (result.GetProperty("screeningId").GetGuid(),
            [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entryId").GetGuid())]);
    }

    /// <summary>Screens the post once the entry is in the index; it must hit.</summary>
    public static async Task<Guid> ScreenPostHitAsync(this Platform platform, string agency, string unit, string text, string? url,
        Guid entryId)
    {
        await platform.IndexedAsync(entryId);
        var (id, hits) = await platform.ScreenPostAsAsync(agency, unit, text, url);
        Assert.Contains(entryId, hits);
        return id;
    }

    public static Task<JsonElement[]> ContentAlertsAsync(this Platform platform, Guid entryId, string agency, int atLeast,
        TimeSpan? timeout = null) =>
        Eventually.Until(() => platform.AlertsOfAsync(entryId, agency), a => a.Length >= atLeast,
            $"{atLeast} alert(s) of entry {entryId} for {agency}", timeout);
}
