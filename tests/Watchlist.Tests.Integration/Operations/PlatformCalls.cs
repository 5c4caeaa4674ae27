using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Operations;

/// <summary>What a test of the platform as a whole does through the gateway: list, screen, subscribe, and read back.</summary>
public static class PlatformCalls
{
    public sealed record FeedItem(string Cursor, Guid Alert, int Version);

    /// <summary>A traveller no other test lists or screens: random names, birth date and passport.</summary>
    public sealed record Traveller(string Name, string BirthDate, string Passport)
    {
        public static Traveller Unique() => new($"{Word()} {Word()} {Word()}",
            $"19{Random.Shared.Next(40, 70)}-0{Random.Shared.Next(1, 10)}-1{Random.Shared.Next(0, 10)}",
            "B" + Random.Shared.Next(10_000_000, 99_999_999));

        private static string Word() =>
            string.Concat(Enumerable.Range(0, 4).Select(_ => $"{"bdgklmnprstvz"[Random.Shared.Next(13)]}{"aeiou"[Random.Shared.Next(5)]}"))
                is var w ? char.ToUpperInvariant(w[0]) + w[1..] : "";
    }

    public static async Task<Guid> ListAsync(HttpClient admin, Traveller person)
    {
        var response = await admin.PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = person.Name, type = "PRIMARY" } },
            birthDates = new[] { person.BirthDate },
            nationalities = new[] { "VN" },
            documents = new[] { new { type = "PASSPORT", number = person.Passport, country = "VN" } },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    /// <returns>The screening's id.</returns>
    public static async Task<Guid> ScreenUntilHitAsync(HttpClient officer, Traveller person, Guid entryId) =>
        (await Eventually.Until(async () =>
        {
            var response = await officer.PostAsJsonAsync("/api/screenings", new
            {
                traveller = new
                {
                    name = person.Name, birthDate = person.BirthDate, nationality = "VNM",
                    documents = new[] { new { type = "PASSPORT", number = person.Passport, country = "VNM" } },
                },
                context = new { borderPost = "VN-TSN", direction = "ENTRY" },
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Json();
        }, body => body.GetProperty("decision").GetString() == "MATCH"
            && body.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("entryId").GetGuid() == entryId),
            $"a MATCH on entry {entryId}", TimeSpan.FromSeconds(30))).GetProperty("screeningId").GetGuid();

    /// <summary>A list policy of the admin's agency: its first PUT creates it.</summary>
    public static async Task SetListPolicyAsync(HttpClient admin, string list)
    {
        var response = await admin.SendAsync(HttpJson.WithIfMatch(HttpMethod.Put, $"/api/lists/{list}", null,
            new { fourEyes = true, reviewEveryDays = 365, reason = "kept through a backup" }));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Guid> SubscribeAsync(HttpClient centre, string name)
    {
        var response = await centre.PostAsJsonAsync("/api/subscriptions", new { name, filter = new { } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    /// <summary>The ids of a list answer's <c>items</c> (entries, alerts, subscriptions).</summary>
    public static async Task<List<Guid>> IdsAsync(HttpClient client, string uri)
    {
        var response = await client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Json()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    public static Task<List<Guid>> AlertsUntilAsync(HttpClient centre, int count) =>
        Eventually.Until(() => IdsAsync(centre, "/api/alerts?limit=100"), ids => ids.Count >= count, $"{count} alerts",
            TimeSpan.FromSeconds(30));

    public static async Task<List<FeedItem>> FeedAsync(HttpClient centre, Guid subscription)
    {
        var response = await centre.GetAsync($"/api/notifications?subscription={subscription}&limit=500");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Json()).GetProperty("items").EnumerateArray()
            .Select(i => new FeedItem(i.GetProperty("cursor").GetString()!, i.GetProperty("alertId").GetGuid(),
                i.GetProperty("alertVersion").GetInt32()))
            .ToList();
    }

    /// <summary>Until the feed holds items of that many alerts.</summary>
    public static Task<List<FeedItem>> FeedUntilAsync(HttpClient centre, Guid subscription, int alerts) =>
        Eventually.Until(() => FeedAsync(centre, subscription), feed => feed.Select(i => i.Alert).Distinct().Count() >= alerts,
            $"items of {alerts} alerts in feed {subscription}", TimeSpan.FromSeconds(30));
}
