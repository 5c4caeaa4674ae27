using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>What alert tests start from, all through the gateway: list a person, screen travellers, read the alert board.</summary>
public static class AlertFlows
{
    public static object Person(string name, string passport, string[]? releasableTo = null, string action = "ARREST") => new
    {
        kind = "PERSON",
        names = new[] { new { value = name, type = "PRIMARY" } },
        birthDates = new[] { "1980-05-12" },
        nationalities = new[] { "VN" },
        documents = new[] { new { type = "PASSPORT", number = passport, country = "VN" } },
        lists = new[] { "trafficking-suspects" },
        category = "HUMAN_TRAFFICKING",
        action,
        releasableTo = releasableTo ?? ["*"],
    };

    public static async Task<(Guid Id, int Version)> ListAsync(this Platform platform, object entry)
    {
        var response = await platform.Client("admin").PostAsJsonAsync("/api/entries", entry);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("version").GetInt32());
    }

    public static object Traveller(string name, string passport, string birthDate = "1980-05-12") => new
    {
        name,
        birthDate,
        nationality = "VNM",
        documents = new[] { new { type = "PASSPORT", number = passport, country = "VNM" } },
    };

    /// <summary>Screens until the entry hits (a new entry is screenable within a second), answering the screening id.</summary>
    public static async Task<Guid> ScreenHitAsync(this Platform platform, object traveller, Guid entryId, string borderPost = "VN-TSN")
    {
        var officer = platform.Client("officer", "VN-MPS", subject: "officer-1");
        await platform.IndexedAsync(entryId);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var response = await officer.PostAsJsonAsync(
                "/api/screenings", new { traveller, context = new { borderPost, direction = "ENTRY" } });
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var result = await response.Json();
            if (result.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("entryId").GetGuid() == entryId))
                return result.GetProperty("screeningId").GetGuid();
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Entry {entryId} did not hit: {result}");
            await Task.Delay(100);
        }
    }

    public static HttpClient CommandCentre(this Platform platform, string agency = "VN-MPS", string subject = "cc-1") =>
        platform.Client("command-centre", agency, subject);

    public static async Task<JsonElement[]> AlertsOfAsync(
        this Platform platform, Guid entryId, string agency = "VN-MPS", string? query = null)
    {
        var response = await platform.CommandCentre(agency).GetAsync($"/api/alerts?entryId={entryId}&limit=500{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Json()).GetProperty("items").EnumerateArray()];
    }

    public static Task<JsonElement[]> AlertsUntilAsync(
        this Platform platform, Guid entryId, Func<JsonElement[], bool> done, string what, TimeSpan? timeout = null) =>
        Eventually.Until(() => platform.AlertsOfAsync(entryId), done, what, timeout);

    public static async Task<JsonElement> AlertAsync(this Platform platform, Guid alertId)
    {
        var response = await platform.CommandCentre().GetAsync($"/api/alerts/{alertId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    public static Task<HttpResponseMessage> WorkAsync(
        this HttpClient client, Guid alertId, string action, int? version, object? body = null) =>
        client.SendAsync(HttpJson.WithIfMatch(HttpMethod.Post, $"/api/alerts/{alertId}/{action}", version, body ?? new { }));

    public static Guid Id(this JsonElement alert) => alert.GetProperty("id").GetGuid();

    public static int Version(this JsonElement alert) => alert.GetProperty("version").GetInt32();

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;

    /// <summary>A made-up, pronounceable surname such as "Bakoru", unlikely to match any other test's traveller.</summary>
    public static string RandomSurname() =>
        string.Concat(Enumerable.Range(0, 3).Select(i => $"{"bdgklmnprstv"[Random.Shared.Next(12)]}{"aeiou"[Random.Shared.Next(5)]}"))
            is var s ? char.ToUpperInvariant(s[0]) + s[1..] : "";

    public static string NewPassport() => "P" + Random.Shared.Next(10_000_000, 99_999_999);
}
