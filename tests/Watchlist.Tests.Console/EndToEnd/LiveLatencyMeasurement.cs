using System.Net.Http.Json;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>
/// The live-update latency as an operator sees it: from a screening's answer (the officer's API call returns) to its alert's
/// row in the DOM of an open board, measured by the browser itself (a MutationObserver) over 100 alerts, one at a time.
/// Prints p50, p99 and max; it fails only if an alert never arrives. The one-second promise is asserted by
/// <see cref="AlertBoardTests"/>; here the figures are what is reported. ./test.sh runs it beside other tests, so the
/// figures it prints there are under their load; run alone, they are a quiet machine's.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class LiveLatencyMeasurement(ConsolePlatform platform, ITestOutputHelper output)
{
    private const int Alerts = 100;

    [Fact]
    public async Task Screening_answered_to_row_visible_over_100_alerts()
    {
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(Screening_answered_to_row_visible_over_100_alerts), async () =>
        {
            var name = $"Lê Minh {AlertFlows.RandomSurname()}";
            var passport = AlertFlows.NewPassport();
            var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
            await platform.Platform.IndexedAsync(entryId);
            await tab.SignInAsync("command-centre", "VN-MPS");
            await BoardScript.WaitLiveAsync(tab.Page);
            await BoardScript.WatchAsync(tab.Page);

            var officer = platform.Platform.Client("officer", "VN-MPS", subject: "officer-latency");
            var run = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
            var latencies = new List<long>();
            for (var i = 0; i < Alerts; i++)
            {
                // The border post is part of an alert's key: each screening at a new post raises a new alert.
                var post = $"L{run}-{i:D3}";
                var response = await officer.PostAsJsonAsync("/api/screenings",
                    new { traveller = AlertFlows.Traveller(name, passport), context = new { borderPost = post, direction = "ENTRY" } });
                var answered = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                var body = await response.Json();
                Assert.Equal("MATCH", body.GetProperty("decision").GetString());
                await tab.Page.Locator(".board td", new() { HasText = post }).First.WaitForAsync(new() { Timeout = 10_000 });
                latencies.Add((await BoardScript.SeenAtAsync(tab.Page, post))!.Value - answered);
            }

            latencies.Sort();
            long P(double q) => latencies[(int)Math.Ceiling(q * latencies.Count) - 1];
            output.WriteLine($"live update, screening answered → row visible in the browser, {Alerts} alerts: " +
                $"p50 {P(0.50)} ms, p99 {P(0.99)} ms, max {latencies[^1]} ms, min {latencies[0]} ms");
            Assert.Equal(Alerts, latencies.Count);
        });
    }
}
