using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Integration.Alerts;

/// <summary>
/// No missed alert, by construction: a traveller screened just before, during or just after their own entry is listed gets
/// exactly one alert, live or retro, whichever side of the list position the screening fell on. Property-based: each round
/// races many listings against screenings of the same people at random offsets, all through the gateway.
/// </summary>
[GatewaySetting("RateLimits:StandardPerSecond", "5000")]
public sealed class ListingRaceTests(PlatformTest<ListingRaceTests>.Fixture fixture, RabbitMqFixture rabbit, ITestOutputHelper output)
    : PlatformTest<ListingRaceTests>(fixture, rabbit)
{
    private const int PairsPerRound = 150;
    private const int Rounds = 2;
    /// <summary>Pairs start this far apart, so that a dozen listings and screenings are in flight at any moment.</summary>
    private static readonly TimeSpan Stagger = TimeSpan.FromMilliseconds(25);

    /// <summary>Where the screening is sent relative to its own listing: from 50 ms before to 300 ms after.</summary>
    private static readonly Gen<int[]> Offsets = Gen.Int[-50, 300].Array[PairsPerRound];

    [Fact]
    public async Task Every_traveller_screened_around_their_own_listing_gets_exactly_one_alert()
    {
        // As in production, screenings reach a warm replica whose index has loaded: the engine's first use (phone metadata,
        // name tables) takes seconds on a busy machine, and a race against a cold start is not this test's subject.
        var (name, passport) = ("Warm Up " + AlertFlows.RandomSurname(), AlertFlows.NewPassport());
        var (warmUp, _) = await Platform.ListAsync(AlertFlows.Person(name, passport));
        await Eventually.Until(async () =>
        {
            try { await Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), warmUp); return true; }
            catch (Xunit.Sdk.XunitException) { return false; }
        }, hit => hit, "the warm-up hit", TimeSpan.FromSeconds(60));
        await Platform.AlertsUntilAsync(warmUp, a => a.Length == 1, "the warm-up alert", TimeSpan.FromSeconds(60));
        await Offsets.SampleAsync(RaceAsync, output.WriteLine, iter: Rounds, threads: 1,
            print: offsets => $"{offsets.Length} offsets from {offsets.Min()} to {offsets.Max()} ms");
    }

    private async Task RaceAsync(int[] offsets)
    {
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var borderPost = $"RACE-{run}";
        var admin = Platform.Client("admin");
        var officer = Platform.Client("officer", "VN-MPS", subject: "officer-race");
        var start = Stopwatch.StartNew();
        var pairs = await Task.WhenAll(
            offsets.Select((offset, i) => RacePairAsync(admin, officer, run, i, offset, i * Stagger, start, borderPost)));

        var counts = await CountAlertsAsync(pairs, borderPost);
        var missed = pairs.Where(p => counts.Alerts(p) == 0).ToList();
        var doubled = pairs.Where(p => counts.Alerts(p) > 1).ToList();
        var summary = $"{pairs.Length} travellers: {pairs.Length - missed.Count - doubled.Count} with one alert " +
            $"({counts.Live} live, {counts.Retro} retro), {missed.Count} with none, {doubled.Count} with two or more; " +
            $"live answers: {string.Join(", ", pairs.GroupBy(p => p.Decision).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))}";
        output.WriteLine(summary);
        Assert.True(missed.Count == 0 && doubled.Count == 0, summary + "; missed at offsets (ms): " +
            string.Join(", ", missed.Select(p => p.OffsetMs).Order()));
    }

    private sealed record Pair(Guid EntryId, string Passport, int OffsetMs, string Decision);

    private static async Task<Pair> RacePairAsync(HttpClient admin, HttpClient officer, string run, int index, int offsetMs, TimeSpan at,
        Stopwatch clock, string borderPost)
    {
        var seed = run.GetHashCode() & 0x7FFF;
        var name = $"{Word(seed * 1_000 + index)} {Word(seed * 1_000 + 500 + index)}";
        var passport = $"R{run[..4]}{index:D4}";
        var listAt = at + TimeSpan.FromMilliseconds(Math.Max(0, -offsetMs));
        var screenAt = at + TimeSpan.FromMilliseconds(Math.Max(0, offsetMs));
        var listing = AtAsync(clock, listAt, () => admin.PostAsJsonAsync("/api/entries", AlertFlows.Person(name, passport)));
        var screening = AtAsync(clock, screenAt, () => officer.PostAsJsonAsync("/api/screenings", new
        {
            traveller = AlertFlows.Traveller(name.ToUpperInvariant(), passport), context = new { borderPost, direction = "ENTRY" }
        }));
        var (listed, screened) = (await listing, await screening);
        Assert.True(listed.IsSuccessStatusCode, $"listing: {(int)listed.StatusCode} {await listed.Content.ReadAsStringAsync()}");
        Assert.True(screened.IsSuccessStatusCode, $"screening: {(int)screened.StatusCode} {await screened.Content.ReadAsStringAsync()}");
        return new Pair((await listed.Json()).GetProperty("id").GetGuid(), passport, offsetMs, (await screened.Json()).Str("decision"));
    }

    private static async Task<HttpResponseMessage> AtAsync(Stopwatch clock, TimeSpan at, Func<Task<HttpResponseMessage>> send)
    {
        if (at > clock.Elapsed) await Task.Delay(at - clock.Elapsed);
        return await send();
    }

    /// <summary>
    /// A made-up three-syllable word per number ("Kovabi"), scattered so that nearby numbers give unlike words: no racer may
    /// resemble another's entry, or namesake hits would blur the count.
    /// </summary>
    private static string Word(int number)
    {
        var n = (int)((long)number * 2_654_435_761L % 216_000);
        var word = string.Concat(Enumerable.Range(0, 3).Select(
            i => $"{"bdgklmnprstv"[n / (int)Math.Pow(60, i) % 12]}{"aeiou"[n / (int)Math.Pow(60, i) / 12 % 5]}"));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>Alerts by entry and traveller (passport): a namesake's REVIEW hit on another racer's entry is not that racer's
    /// alert.</summary>
    private sealed record AlertCounts(Dictionary<(Guid, string), int> ByPair, int Live, int Retro)
    {
        public int Alerts(Pair pair) => ByPair.GetValueOrDefault((pair.EntryId, pair.Passport));
    }

    /// <summary>
    /// Waits until every traveller has an alert (retro-screening takes a moment), or until nothing has changed for a while, and
    /// then a little longer, so that a second alert arriving late is counted too.
    /// </summary>
    private async Task<AlertCounts> CountAlertsAsync(Pair[] pairs, string borderPost)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var counts = await AlertsAtAsync(borderPost);
        while (pairs.Any(p => counts.Alerts(p) == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            counts = await AlertsAtAsync(borderPost);
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        return await AlertsAtAsync(borderPost);
    }

    private async Task<AlertCounts> AlertsAtAsync(string borderPost)
    {
        var alerts = await Platform.AlertsAtAsync(borderPost);
        return new AlertCounts(
            alerts.GroupBy(a => (a.GetProperty("entryId").GetGuid(), PassportOf(a))).ToDictionary(g => g.Key, g => g.Count()),
            alerts.Count(a => !a.GetProperty("retro").GetBoolean()), alerts.Count(a => a.GetProperty("retro").GetBoolean()));
    }

    private static string PassportOf(JsonElement alert) => alert.GetProperty("traveller").GetProperty("documents")[0].Str("number");
}
