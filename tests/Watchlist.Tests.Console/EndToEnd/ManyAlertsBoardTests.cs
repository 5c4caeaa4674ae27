using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>
/// A board with 10,000 open alerts stays usable: it holds them all but draws only the rows in view (virtualised), scrolls
/// to the oldest, filters, opens an alert, and still takes a live arrival at the top. No timings are asserted: what is
/// checked is what the operator sees, and that the page holds a screenful of rows, not ten thousand.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ManyAlertsBoardTests(ConsolePlatform platform, ITestOutputHelper output)
{
    private const int Alerts = 10_000;

    [Fact]
    public async Task A_board_of_ten_thousand_open_alerts_draws_only_the_rows_in_view_scrolls_filters_opens_one_and_stays_live()
    {
        var agency = "LD" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var drained = await FeedProbe.StartAsync(platform.Platform, agency);
        var seeded = await ManyAlerts.RaiseAsync(platform.Platform, agency, Alerts);
        // Every seeded alert has reached the notifications feed: the board opens on a quiet feed, as it would on a busy shift.
        await drained.UntilAsync(Alerts);

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(A_board_of_ten_thousand_open_alerts_draws_only_the_rows_in_view_scrolls_filters_opens_one_and_stays_live),
            async () =>
            {
                var page = tab.Page;
                await tab.SignInAsync("command-centre", agency);
                await BoardScript.WaitLiveAsync(page);
                await Assertions.Expect(page.GetByTestId("alert-count")).ToHaveTextAsync(
                    Alerts.ToString(CultureInfo.InvariantCulture), new() { Timeout = 60_000 });

                // Newest first, and only the rows in view (plus a few for overscan) are in the page.
                var rows = page.Locator(".board tbody tr", new() { Has = page.Locator("td a") });
                await Assertions.Expect(rows.First).ToContainTextAsync(ManyAlerts.NameOf(0));
                var drawn = await rows.CountAsync();
                output.WriteLine($"rows drawn for {Alerts} alerts: {drawn}");
                Assert.InRange(drawn, 10, 100);
                await tab.AssertAccessibleAsync("board of 10,000 alerts");

                // The scrollbar covers all of them: at the bottom is the oldest, and still only a screenful is drawn.
                await page.Locator(".board").EvaluateAsync("b => b.scrollTop = b.scrollHeight");
                var oldest = ManyAlerts.NameOf(Alerts - 1);
                await rows.Filter(new() { HasText = oldest }).WaitForAsync();
                Assert.InRange(await rows.CountAsync(), 10, 100);
                await page.Locator(".board").EvaluateAsync("b => b.scrollTop = 0");
                await Assertions.Expect(rows.First).ToContainTextAsync(ManyAlerts.NameOf(0));

                // A live arrival lands on top of the ten thousand.
                var arrival = await ManyAlerts.RaiseAsync(platform.Platform, agency, 1, firstNumber: Alerts);
                await Assertions.Expect(rows.First).ToContainTextAsync(ManyAlerts.NameOf(Alerts), new() { Timeout = 15_000 });
                await Assertions.Expect(page.GetByTestId("alert-count"))
                    .ToHaveTextAsync((Alerts + 1).ToString(CultureInfo.InvariantCulture));

                // Filtered by post and severity: exactly the seeded alerts that fit, newest first.
                var post = ManyAlerts.PostOf(agency, 3);
                var fit = seeded.Concat(arrival).Where(a => a.Post == post && a.Severity == "LOW")
                    .OrderByDescending(a => a.RaisedAt).ToList();
                Assert.NotEmpty(fit);
                await page.GetByLabel("Post or unit").FillAsync(post);
                await page.GetByLabel("Severity").SelectOptionAsync("LOW");
                await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
                await Assertions.Expect(page.GetByTestId("alert-count")).ToHaveTextAsync(fit.Count.ToString(CultureInfo.InvariantCulture));
                await Assertions.Expect(rows.First).ToContainTextAsync(fit[0].EntryName);
                foreach (var text in await rows.AllInnerTextsAsync())
                {
                    Assert.Contains(post, text);
                    Assert.Contains("Low", text); // the severity, in the user's language
                }

                // Opening one goes to its page, with its facts.
                await rows.First.Locator("td a").ClickAsync();
                await page.WaitForURLAsync($"**/alerts/{fit[0].Id}");
                await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(fit[0].EntryName);
                Assert.Contains(post, await page.Locator(".facts-line").InnerTextAsync());
            });
    }

    /// <summary>
    /// A subscription of the agency's own, read as pages: how many notifications have reached its feed. Made before the alerts
    /// are raised, so that it receives every one of them.
    /// </summary>
    private sealed class FeedProbe(HttpClient client, Guid subscription)
    {
        public static async Task<FeedProbe> StartAsync(Platform platform, string agency)
        {
            var client = platform.CommandCentre(agency, "feed-probe");
            var created = await client.PostAsJsonAsync("/api/subscriptions", new { name = "10k probe", filter = new { } });
            created.EnsureSuccessStatusCode();
            return new FeedProbe(client, (await created.Json()).GetProperty("id").GetGuid());
        }

        public async Task UntilAsync(int expected)
        {
            var seen = 0;
            string? after = null;
            await Eventually.Until(async () =>
            {
                while (true)
                {
                    var page = await client.GetFromJsonAsync<JsonElement>(
                        $"/api/notifications?subscription={subscription}&limit=500{(after is null ? "" : "&after=" + after)}");
                    var items = page.GetProperty("items");
                    seen += items.GetArrayLength();
                    if (items.GetArrayLength() > 0) after = items[items.GetArrayLength() - 1].GetProperty("cursor").GetString();
                    if (items.GetArrayLength() < 500) return seen;
                }
            }, n => n >= expected, $"{expected} notifications on the agency's feed", TimeSpan.FromMinutes(3));
            await client.DeleteAsync($"/api/subscriptions/{subscription}");
            client.Dispose();
        }
    }
}
