using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Alerts;
using Watchlist.Alerts.Retro;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>What retro-screening tests start from: a manifest screened through the gateway, and the alerts at one border post.</summary>
public static class RetroFlows
{
    /// <summary>A made-up two-word name per number, unlike any other number's, so that no traveller resembles another's entry.</summary>
    public static string Name(string run, int i)
    {
        static string Word(int number)
        {
            var n = (int)((long)number * 2_654_435_761L % 216_000);
            var word = string.Concat(Enumerable.Range(0, 3).Select(
                k => $"{"bdgklmnprstv"[n / (int)Math.Pow(60, k) % 12]}{"aeiou"[n / (int)Math.Pow(60, k) / 12 % 5]}"));
            return char.ToUpperInvariant(word[0]) + word[1..];
        }
        var seed = run.GetHashCode() & 0x7FFF;
        return $"{Word(seed * 1_000 + i)} {Word(seed * 1_000 + 500 + i)}";
    }

    /// <summary>Screens the travellers as one manifest (<c>POST /api/screenings/batch</c>), answering their screening ids in
    /// order.</summary>
    public static async Task<Guid[]> ScreenManifestAsync(
        this Platform platform, IReadOnlyList<(string Name, string Passport)> travellers, string borderPost,
        string? birthDate = "1980-05-12")
    {
        var officer = platform.Client("officer", "VN-MPS", subject: "officer-retro");
        var response = await officer.PostAsJsonAsync("/api/screenings/batch", new
        {
            context = new { borderPost, direction = "ENTRY" },
            travellers = travellers.Select((t, i) => new
            {
                @ref = $"seat-{i}", name = t.Name.ToUpperInvariant(), birthDate, nationality = "VNM",
                documents = new[] { new { type = "PASSPORT", number = t.Passport, country = "VNM" } },
            }),
        });
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("screeningId").GetGuid()).ToArray();
    }

    public static async Task<JsonElement[]> AlertsAtAsync(this Platform platform, string borderPost)
    {
        var alerts = new List<JsonElement>();
        var client = platform.CommandCentre();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync(
                $"/api/alerts?borderPost={borderPost}&limit=500{(cursor is null ? "" : $"&cursor={cursor}")}")).Json();
            alerts.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor") is { ValueKind: JsonValueKind.String } next ? next.GetString() : null;
        } while (cursor is not null);
        return [.. alerts];
    }

    public static CrossingWindow WindowOf(ServiceHost<AlertsMarker> alerts) => alerts.Services.GetRequiredService<CrossingWindow>();

    public static RetroWriter RetroOf(ServiceHost<AlertsMarker> alerts) => alerts.Services.GetRequiredService<RetroWriter>();
}
