using System.Net;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class AdminRefreshTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Another_admins_amend_and_suspension_appear_on_an_open_entry_page_and_search_without_a_reload()
    {
        var name = $"Mai Văn {AlertFlows.RandomSurname()}";
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, AlertFlows.NewPassport(), ["VN-MPS"]));
        using var colleague = platform.Platform.Client("admin", "VN-MPS", "admin-colleague");

        await using var entryTab = await ConsolePage.OpenAsync(platform, output);
        await using var searchTab = await ConsolePage.OpenAsync(platform, output);
        await entryTab.RunAsync(nameof(Another_admins_amend_and_suspension_appear_on_an_open_entry_page_and_search_without_a_reload),
            async () =>
            {
                await entryTab.SignInAsync("admin", "VN-MPS", $"entries/{entryId}");
                await entryTab.Page.GetByRole(AriaRole.Heading, new() { Name = name }).WaitForAsync();
                await searchTab.SignInAsync("admin", "VN-MPS", "entries");
                await searchTab.Page.GetByLabel("Name").FillAsync(name);
                await searchTab.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
                var row = searchTab.Page.Locator("table.entries tbody tr", new() { HasText = name });
                await Assertions.Expect(row).ToContainTextAsync("Active");
                var urlBefore = entryTab.Page.Url;

                using var amend = HttpJson.WithIfMatch(HttpMethod.Patch, $"/api/entries/{entryId}", 1,
                    new { remarks = "Seen at Mộc Bài.", reason = "colleague's report" });
                Assert.Equal(HttpStatusCode.OK, (await colleague.SendAsync(amend)).StatusCode);
                await Assertions.Expect(entryTab.Page.GetByTestId("entry-remarks")).ToHaveTextAsync("Seen at Mộc Bài.",
                    new() { Timeout = 20_000 });
                Assert.Equal("2", await entryTab.Page.GetByTestId("entry-version").InnerTextAsync());
                Assert.Equal("Seen at Mộc Bài.", await entryTab.Page.GetByLabel("Remarks").InputValueAsync());
                Assert.Contains("version 2", await entryTab.Page.Locator(".notice").InnerTextAsync());

                using var suspend =
                    HttpJson.WithIfMatch(HttpMethod.Post, $"/api/entries/{entryId}/suspend", 2, new { reason = "under review" });
                Assert.Equal(HttpStatusCode.OK, (await colleague.SendAsync(suspend)).StatusCode);
                await Assertions.Expect(row).ToContainTextAsync("Suspended", new() { Timeout = 20_000 });
                await Assertions.Expect(entryTab.Page.GetByTestId("entry-status")).ToHaveTextAsync("Suspended", new() { Timeout = 20_000 });
                // No reload: the same page, still on its circuit.
                Assert.Equal(urlBefore, entryTab.Page.Url);
            });
    }
}
