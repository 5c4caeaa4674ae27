using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Alerts;
using Watchlist.Alerts.Retro;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>What retro-screening tests start from: a manifest screened through the gateway, and the alerts at one border post.</summary>
public static class RetroFlows
{
    /// <summary>
    /// A made-up two-word name per run and number. The engine hears names by their consonants (a vowel is any vowel), so
    /// two words must differ there, not in their vowels: "Simata Musive" and "Semita Mosuve" of two runs were one name to
    /// it and rightly hit each other's entries. Each word is five syllables whose fifth consonant is a check on the other
    /// four, so two words of different numbers differ in at least two consonants, and the vowels follow the consonants.
    /// </summary>
    public static string Name(string run, int i)
    {
        const string consonants = "bdgklmnprstv";
        static string Word(int number)
        {
            var n = (int)((long)number * 2_654_435_761L % 20_736); // a bijection on 12^4: distinct numbers, distinct words
            var c = Enumerable.Range(0, 4).Select(k => n / (int)Math.Pow(12, k) % 12).ToList();
            c.Add(c.Sum() % 12);
            var word = string.Concat(c.Select((x, k) => $"{consonants[x]}{"aeiou"[(x * 7 + k * 3) % 5]}"));
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
