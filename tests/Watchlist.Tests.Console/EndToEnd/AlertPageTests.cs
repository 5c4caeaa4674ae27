using System.Net;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WebConsole;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class AlertPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    private async Task<(string Name, Guid AlertId)> RaiseAsync(string post)
    {
        var name = $"Phạm Đức {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
        await platform.Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId, borderPost: post);
        var alerts = await platform.Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert");
        return (name, alerts[0].Id());
    }

    [Fact]
    public async Task An_operator_opens_an_alert_from_the_board_acknowledges_and_resolves_it()
    {
        var (name, alertId) = await RaiseAsync("VN-CXR");
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_operator_opens_an_alert_from_the_board_acknowledges_and_resolves_it), async () =>
        {
            await tab.SignInAsync("command-centre", "VN-MPS");
            await tab.Page.Locator(".board tr", new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
            await tab.Page.GetByRole(AriaRole.Heading, new() { Name = $"Alert: {name}" }).WaitForAsync();
            Assert.EndsWith($"/console/alerts/{alertId}", tab.Page.Url);
            Assert.Equal(name, await tab.Page.GetByTestId("traveller-names").InnerTextAsync());
            Assert.Equal(name, await tab.Page.GetByTestId("entry-name").InnerTextAsync());
            await tab.AssertAccessibleAsync("alert page");

            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
            await tab.Page.GetByTestId("alert-status").Filter(new() { HasText = "ACKNOWLEDGED" }).WaitForAsync();

            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
            await tab.Page.Locator("#outcome-error").WaitForAsync(); // the API's field error, beside the field
            await tab.Page.GetByLabel("Outcome").SelectOptionAsync("FALSE_POSITIVE");
            await tab.Page.GetByLabel("Note").FillAsync("Different birth date on the passport.");
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
            await tab.Page.GetByTestId("alert-status").Filter(new() { HasText = "RESOLVED" }).WaitForAsync();
            await tab.Page.Locator("table.history tr", new() { HasText = "False positive" }).WaitForAsync();
            await tab.AssertAccessibleAsync("resolved alert page");
            await tab.SaveForDocsAsync("console-alert-resolved");

            var stored = await platform.Platform.AlertAsync(alertId);
            Assert.Equal("RESOLVED", stored.Str("status"));
            Assert.Equal("FALSE_POSITIVE", stored.Str("outcome"));
            Assert.Equal("dev-command-centre-vn-mps", stored.Str("acknowledgedBy"));
        });
    }

    [Fact]
    public async Task An_action_on_an_alert_someone_else_changed_meanwhile_says_so_and_shows_the_new_state()
    {
        var (_, alertId) = await RaiseAsync("VN-PQC");
        // An alert's page is live: to act on a version someone else has just replaced, this page must not hear of the change
        // first. An admin's page (no feed) on a console of its own that re-reads admin pages only every hour.
        await using var unrefreshed = new ServiceHost<WebConsoleMarker>(new Dictionary<string, string>
        {
            ["Gateway:Url"] = platform.Platform.Gateway.Address.ToString(), ["Console:AdminRefresh"] = "01:00:00",
        }).Start();
        await using var tab = await ConsolePage.OpenAsync(platform, output, new Uri(unrefreshed.Address, "/console/"));
        await tab.RunAsync(nameof(An_action_on_an_alert_someone_else_changed_meanwhile_says_so_and_shows_the_new_state), async () =>
        {
            await tab.SignInAsync("admin", "VN-MPS", $"alerts/{alertId}");
            await tab.Page.GetByTestId("alert-status").Filter(new() { HasText = "OPEN" }).WaitForAsync();

            // A colleague acknowledges it through the API while this page still shows version 1.
            var colleague = platform.Platform.CommandCentre("VN-MPS", "cc-colleague");
            var shown = await platform.Platform.AlertAsync(alertId);
            var response = await colleague.WorkAsync(alertId, "acknowledge", shown.Version());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
            var conflict = tab.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone else changed this alert" });
            await conflict.WaitForAsync();
            await tab.Page.GetByTestId("alert-status").Filter(new() { HasText = "ACKNOWLEDGED" }).WaitForAsync();
            Assert.Equal((shown.Version() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                await tab.Page.GetByTestId("alert-version").InnerTextAsync());
            await tab.Page.Locator("table.history tr", new() { HasText = "cc-colleague" }).WaitForAsync();
            await tab.AssertAccessibleAsync("alert page with a conflict");
            await tab.SaveForDocsAsync("console-alert-conflict");
        });
    }
}
