using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Watchlist.Alerts.Entries;
using Watchlist.Alerts.Retro;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>Agencies of several countries on one platform, through the gateway: who lists, who screens, who sees what.</summary>
public static class CrossAgencyFlows
{
    public const string Vietnam = "VN-MPS";
    public const string Cambodia = "KH-GDI";
    public const string Thailand = "TH-RTP";

    /// <summary>An admin of <paramref name="agency"/> lists a person; the entry is that agency's.</summary>
    public static async Task<Guid> ListAsAsync(this Platform platform, string agency, string name, string passport, string[] releasableTo)
    {
        var response = await platform.Client("admin", agency, $"admin-{agency}").PostAsJsonAsync("/api/entries",
            AlertFlows.Person(name, passport, releasableTo));
        Assert.True(
            response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var entry = await response.Json();
        Assert.Equal(agency, entry.Str("ownerAgency"));
        return entry.GetProperty("id").GetGuid();
    }

    /// <summary>An officer of <paramref name="agency"/> screens the traveller at <paramref name="borderPost"/>: (screening id, decision,
    /// hit entries).</summary>
    public static async Task<(Guid Id, string Decision, Guid[] Hits)> ScreenAsAsync(
        this Platform platform, string agency, string borderPost, object traveller)
    {
        var response = await platform.Client("officer", agency, $"officer-{agency}").PostAsJsonAsync("/api/screenings",
            new { traveller, context = new { borderPost, direction = "ENTRY" } });
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var result = await response.Json();
        return (result.GetProperty("screeningId").GetGuid(), result.Str("decision"),
            [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entryId").GetGuid())]);
    }

    /// <summary>Screens until the new entry is in the index and hits (listing reaches the index within a second).</summary>
    public static async Task<Guid> ScreenHitAsAsync(
        this Platform platform, string agency, string borderPost, object traveller, Guid entryId)
    {
        await platform.IndexedAsync(entryId);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var (id, _, hits) = await platform.ScreenAsAsync(agency, borderPost, traveller);
            if (hits.Contains(entryId)) return id;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Entry {entryId} did not hit for {agency}.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the alerts service has recorded these crossings, so that a listing's retro scan sees them all at
    /// once.</summary>
    public static Task CrossingsRecordedAsync(this Platform platform, params Guid[] screenings) =>
        Eventually.Until(async () =>
        {
            await using var session = Platform.StoreOf(platform.Alerts).QuerySession();
            return (await session.LoadManyAsync<Crossing>(screenings)).Count;
        }, n => n == screenings.Length, "the crossings to be recorded for retro-screening");

    /// <summary>Waits until the alerts service has handled this version of the entry (and whatever it did in that transaction).</summary>
    public static Task EntrySeenAsync(this Platform platform, Guid entryId, int version) =>
        Eventually.Until(async () =>
        {
            await using var session = Platform.StoreOf(platform.Alerts).QuerySession();
            return (await session.LoadAsync<WatchedEntry>(entryId))?.Version ?? 0;
        }, v => v >= version, $"version {version} of entry {entryId} in the alerts service");

    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string uri) => (await client.GetAsync(uri)).StatusCode;

    /// <summary>Every alert the agency's command centre is shown, on every page of the board.</summary>
    public static async Task<List<JsonElement>> WholeBoardAsync(this Platform platform, string agency)
    {
        var client = platform.CommandCentre(agency, $"cc-{agency}");
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/alerts?limit=500{(cursor is null ? "" : $"&cursor={cursor}")}")).Json();
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        return all;
    }

    public static Guid[] AlertIds(this IEnumerable<JsonElement> feed) =>
        [.. feed.Select(i => i.GetProperty("alertId").GetGuid()).Distinct()];

    public static Guid[] ScreeningIds(this JsonElement alert) =>
        [.. alert.GetProperty("screeningIds").EnumerateArray().Select(s => s.GetGuid())];
}
