using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class EntryPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_lists_an_entry_with_the_APIs_field_errors_beside_the_fields_then_suspends_it_and_views_a_past_version()
    {
        var name = $"Bùi Quang {AlertFlows.RandomSurname()}";
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(
            nameof(An_admin_lists_an_entry_with_the_APIs_field_errors_beside_the_fields_then_suspends_it_and_views_a_past_version),
            async () =>
            {
                await tab.SignInAsync("admin", "VN-MPS", "entries/new");
                await tab.Page.GetByLabel("Primary name").FillAsync(name);
                await tab.Page.GetByLabel("Birth date").FillAsync("1980-13-45");
                await tab.Page.GetByLabel("Nationality").FillAsync("XX");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "List the entry" }).ClickAsync();
                await tab.Page.Locator("#entry-birth-error").WaitForAsync();
                Assert.Contains("1980-13-45", await tab.Page.Locator("#entry-birth-error").InnerTextAsync());
                Assert.Contains("XX", await tab.Page.Locator("#entry-nationality-error").InnerTextAsync());
                Assert.Equal("true", await tab.Page.GetByLabel("Birth date").GetAttributeAsync("aria-invalid"));
                await tab.AssertAccessibleAsync("entry form with field errors");
                await tab.SaveForDocsAsync("console-entry-errors");

                await tab.Page.GetByLabel("Birth date").FillAsync("1980-05-12");
                await tab.Page.GetByLabel("Nationality").FillAsync("VN");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "List the entry" }).ClickAsync();
                await tab.Page.GetByRole(AriaRole.Heading, new() { Name = name }).WaitForAsync();
                Assert.Matches("/console/entries/[0-9a-f-]{36}$", tab.Page.Url);
                Assert.Equal("Active", await tab.Page.GetByTestId("entry-status").InnerTextAsync());
                Assert.Equal(name, await tab.Page.GetByTestId("entry-names").InnerTextAsync());
                await tab.AssertAccessibleAsync("entry page");

                // Suspending needs a reason: the API's error is shown beside the field, and nothing changes.
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Suspend" }).ClickAsync();
                await tab.Page.Locator("#reason-error").WaitForAsync();
                Assert.Equal("Active", await tab.Page.GetByTestId("entry-status").InnerTextAsync());
                await tab.Page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Under review by VN-MPS/2026/0042.");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Suspend" }).ClickAsync();
                await tab.Page.GetByTestId("entry-status").Filter(new() { HasText = "SUSPENDED" }).WaitForAsync();
                await tab.Page.Locator("table.history tr", new() { HasText = "Under review by VN-MPS/2026/0042." }).WaitForAsync();

                // Version 1, exactly as it was: active again, and nothing to change on a past version.
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Show version 1" }).ClickAsync();
                await tab.Page.GetByTestId("entry-status").Filter(new() { HasText = "ACTIVE" }).WaitForAsync();
                Assert.Equal("1", await tab.Page.GetByTestId("entry-version").InnerTextAsync());
                Assert.Equal(0, await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Reinstate" }).CountAsync());
                await tab.AssertAccessibleAsync("entry as of version 1");

                await tab.GotoAsync("entries");
                await tab.Page.GetByLabel("Name").FillAsync(name);
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
                await tab.Page.Locator("table.entries tbody tr", new() { HasText = name }).WaitForAsync();
                Assert.Contains("Suspended", await tab.Page.Locator("table.entries tbody tr", new() { HasText = name }).InnerTextAsync());
                await tab.AssertAccessibleAsync("entry search");
            });
    }

    [Fact]
    public async Task An_admin_amends_names_lists_releasability_category_and_review_date_and_only_the_changed_fields_are_sent()
    {
        var name = $"Lý Thị {AlertFlows.RandomSurname()}";
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, AlertFlows.NewPassport(), ["VN-MPS"]));
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_amends_names_lists_releasability_category_and_review_date_and_only_the_changed_fields_are_sent),
            async () =>
            {
                var page = tab.Page;
                await tab.SignInAsync("admin", "VN-MPS", $"entries/{entryId}");
                await page.GetByRole(AriaRole.Heading, new() { Name = name }).WaitForAsync();
                Assert.Equal(name, await page.GetByLabel("Primary name").InputValueAsync());

                await page.GetByLabel("Aliases (one a line)").FillAsync("Ly Thi Alias");
                await page.GetByLabel("Category").SelectOptionAsync("CYBER_FRAUD");
                await page.GetByLabel("Lists (comma-separated)").FillAsync("trafficking-suspects, cyber-watch");
                await page.GetByLabel("Releasable to (agency codes, or *)").FillAsync("VN-MPS, KH-GDI");
                await page.GetByLabel("Review by (YYYY-MM-DD)").FillAsync("2027-06-30");
                await page.GetByLabel("Nationalities (comma-separated)").FillAsync("VN, XX");
                await page.GetByLabel("Reason for the change").FillAsync("Report VN-MPS/2026/0077.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Amend" }).ClickAsync();

                // The API refuses the second nationality: its message beside the field, and nothing changed.
                await page.Locator("#amend-nationalities-error").WaitForAsync();
                Assert.Contains("XX", await page.Locator("#amend-nationalities-error").InnerTextAsync());
                Assert.Equal("true", await page.GetByLabel("Nationalities (comma-separated)").GetAttributeAsync("aria-invalid"));
                Assert.Equal("1", await page.GetByTestId("entry-version").InnerTextAsync());
                await tab.AssertAccessibleAsync("amend form with a field error");

                await page.GetByLabel("Nationalities (comma-separated)").FillAsync("VN");
                await page.GetByRole(AriaRole.Button, new() { Name = "Amend" }).ClickAsync();
                // One amendment and, since the review date has its own event, one review: version 3.
                await Assertions.Expect(page.GetByTestId("entry-version")).ToHaveTextAsync("3");
                Assert.Contains("Ly Thi Alias (Alias)", await page.GetByTestId("entry-names").InnerTextAsync());
                Assert.Equal("2027-06-30", await page.GetByLabel("Review by (YYYY-MM-DD)").InputValueAsync());

                // The history's change names exactly the fields the admin changed: no severity, documents or remarks rewritten.
                var changes = page.Locator("table.history tbody tr", new() { HasText = "Report VN-MPS/2026/0077." });
                Assert.Equal(2, await changes.CountAsync());
                var fields = string.Join("; ", await changes.Locator("td:nth-child(6)").AllInnerTextsAsync());
                output.WriteLine(fields);
                foreach (var field in new[] { "names:", "category:", "lists:", "releasableTo:", "reviewBy:" })
                    Assert.Contains(field, fields);
                foreach (var field in new[] { "severity:", "documents:", "remarks:", "birthDates:", "nationalities:" })
                    Assert.DoesNotContain(field, fields);

                // The agency the entry is now releasable to sees it; before the amend it did not.
                using var cambodia = platform.Platform.Client("admin", "KH-GDI");
                Assert.Equal(System.Net.HttpStatusCode.OK, (await cambodia.GetAsync($"/api/entries/{entryId}")).StatusCode);
            });
    }
}
