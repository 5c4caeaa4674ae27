using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class AlertPageLiveTests(ConsolePlatform platform, ITestOutputHelper output)
{
    /// <summary>
    /// Records, in the page, when each version number first appeared on it (the browser's clock): both tabs run in one browser,
    /// so the watcher's time minus the actor's is how long the change took to reach the other page.
    /// </summary>
    private static Task WatchVersionsAsync(IPage page) => page.EvaluateAsync(@"() => {
        window.__versions = {};
        const note = () => { const v = document.querySelector('[data-testid=alert-version]');
            if (v) { const t = v.textContent.trim(); if (t && !(t in window.__versions)) window.__versions[t] = Date.now(); } };
        note();
        new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    }");

    private static async Task<long> SeenAsync(IPage page, int version)
    {
        var text = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByTestId("alert-version").Filter(new() { HasText = text }).WaitForAsync(new() { Timeout = 10_000 });
        return await page.EvaluateAsync<long>("v => window.__versions[v]", text);
    }

    [Fact]
    public async Task What_another_user_does_to_an_open_alert_appears_on_its_page_within_a_second_without_reload()
    {
        var name = $"Đặng Thị {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
        await platform.Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId, borderPost: "VN-LAO");
        var alertId = (await platform.Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert"))[0].Id();

        await using var watcher = await ConsolePage.OpenAsync(platform, output);
        await using var actor = await ConsolePage.OpenAsync(platform, output);
        await watcher.RunAsync(nameof(What_another_user_does_to_an_open_alert_appears_on_its_page_within_a_second_without_reload),
            async () =>
            {
                await watcher.SignInAsync("command-centre", "VN-MPS", $"alerts/{alertId}");
                await actor.SignInAsync("admin", "VN-MPS", $"alerts/{alertId}");
                await watcher.Page.GetByTestId("alert-status").Filter(new() { HasText = "OPEN" }).WaitForAsync();
                await actor.Page.GetByTestId("alert-status").Filter(new() { HasText = "OPEN" }).WaitForAsync();
                await WatchVersionsAsync(watcher.Page);
                await WatchVersionsAsync(actor.Page);
                var watcherUrl = watcher.Page.Url;

                // The first change pays for JIT compilation along the path; it must arrive, untimed.
                await actor.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
                await watcher.Page.GetByTestId("alert-status").Filter(new() { HasText = "ACKNOWLEDGED" })
                    .WaitForAsync(new() { Timeout = 10_000 });
                await watcher.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Changed meanwhile by dev-admin-vn-mps" })
                    .WaitForAsync();

                var version = 2;
                var latencies = new List<long>();
                async Task TimedAsync(string what, Func<Task> act)
                {
                    await act();
                    version++;
                    var acted = await SeenAsync(actor.Page, version);
                    var seen = await SeenAsync(watcher.Page, version);
                    output.WriteLine($"{what}: the actor's page showed version {version}, the watcher's {seen - acted} ms later");
                    latencies.Add(seen - acted);
                }

                await TimedAsync("assign", async () =>
                {
                    await actor.Page.GetByLabel("Assignee").FillAsync("duty-officer-7");
                    await actor.Page.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
                });
                await watcher.Page.Locator("table.history tr", new() { HasText = "duty-officer-7" }).WaitForAsync();

                await TimedAsync("comment", async () =>
                {
                    await actor.Page.Locator("#comment").FillAsync("Passenger held at gate 3 for a second check.");
                    await actor.Page.GetByRole(AriaRole.Button, new() { Name = "Comment" }).ClickAsync();
                });
                await watcher.Page.Locator("table.history tr", new() { HasText = "held at gate 3" }).WaitForAsync();

                await TimedAsync("resolve", async () =>
                {
                    await actor.Page.GetByLabel("Outcome").SelectOptionAsync("CONFIRMED_MATCH");
                    await actor.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
                });
                await watcher.Page.GetByTestId("alert-status").Filter(new() { HasText = "RESOLVED" }).WaitForAsync();
                await watcher.Page.Locator("table.history tr", new() { HasText = "Confirmed match" }).WaitForAsync();
                // The watcher's page now offers what a resolved alert allows: reopening, not resolving.
                await watcher.Page.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).WaitForAsync();
                Assert.Equal(0, await watcher.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).CountAsync());
                Assert.Equal(watcherUrl, watcher.Page.Url);
                // The page was never loaded again: what it recorded before the first change is still there.
                Assert.True(await watcher.Page.EvaluateAsync<bool>("() => '1' in window.__versions"));
                await watcher.AssertAccessibleAsync("alert page changed by someone else");

                Assert.All(latencies, ms => Assert.True(ms <= 1000, $"A change took {ms} ms to reach the other user's page."));
            });
    }
}
