using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class ReviewDuePageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_sees_an_entry_due_for_review_within_the_days_asked_and_not_before()
    {
        // A list of this test's own, so only this entry is in it.
        var list = $"review-{Guid.NewGuid():N}"[..20];
        var name = $"Lý Văn {AlertFlows.RandomSurname()}";
        var reviewBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var response = await platform.Platform.Client("admin").PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            documents = new[] { new { type = "PASSPORT", number = AlertFlows.NewPassport(), country = "VN" } },
            lists = new[] { list },
            category = "HUMAN_TRAFFICKING",
            action = "SPECIFIC_CHECK",
            releasableTo = new[] { "*" },
            reviewBy,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_sees_an_entry_due_for_review_within_the_days_asked_and_not_before), async () =>
        {
            await tab.SignInAsync("admin", "VN-MPS", "reviews");
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Reviews due" }).WaitForAsync();
            await tab.Page.GetByLabel("List", new() { Exact = true }).FillAsync(list);
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            var count = tab.Page.GetByTestId("review-count");
            await count.Filter(new() { HasText = "0 entries shown." }).WaitForAsync(); // due in three days: not yet overdue

            await tab.Page.GetByLabel("Also due within (days)").FillAsync("7");
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await count.Filter(new() { HasText = "1 entries shown." }).WaitForAsync();
            var row = tab.Page.Locator("table.reviews tbody tr");
            Assert.Equal(1, await row.CountAsync());
            var text = await row.InnerTextAsync();
            Assert.Contains(name, text);
            Assert.Contains(reviewBy, text);
            Assert.Contains("no", await row.Locator("td").Nth(2).InnerTextAsync());
            await tab.AssertAccessibleAsync("reviews due");
        });
    }

    [Fact]
    public async Task An_officer_has_no_reviews_page_nor_its_link()
    {
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_officer_has_no_reviews_page_nor_its_link), async () =>
        {
            await tab.SignInAsync("officer", "VN-MPS", "reviews");
            await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Not for your role" }).WaitForAsync();
            Assert.Equal(0, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Reviews due" }).CountAsync());
        });
    }
}
