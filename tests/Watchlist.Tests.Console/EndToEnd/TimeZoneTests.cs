using System.Globalization;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class TimeZoneTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Times_are_in_the_users_chosen_zone_with_the_posts_own_time_beside_them_and_UTC_on_hover()
    {
        var name = $"Hồ Thị {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
        await platform.Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId, borderPost: "VN-PQC");
        var alert = (await platform.Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert"))[0];
        var raised = alert.GetProperty("raisedAt").GetDateTimeOffset();

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(Times_are_in_the_users_chosen_zone_with_the_posts_own_time_beside_them_and_UTC_on_hover), async () =>
        {
            var page = tab.Page;
            await tab.SignInAsync("command-centre", "VN-MPS", $"alerts/{alert.Id()}");
            // By default the console's zone, Vietnam's: the post's own time is the same, so it is not repeated.
            await Assertions.Expect(page.GetByTestId("raised-at")).ToHaveTextAsync(At(raised, "Asia/Ho_Chi_Minh"));
            Assert.Equal(0, await page.GetByTestId("post-time").CountAsync());

            await page.GetByLabel("Time zone").SelectOptionAsync("UTC");
            await page.GetByRole(AriaRole.Button, new() { Name = "Set" }).ClickAsync();
            await page.WaitForURLAsync($"**/alerts/{alert.Id()}");
            await Assertions.Expect(page.GetByTestId("raised-at")).ToHaveTextAsync(At(raised, "UTC"));
            await Assertions.Expect(page.GetByTestId("post-time")).ToHaveTextAsync(At(raised, "Asia/Ho_Chi_Minh"));
            Assert.Equal(raised.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
                await page.GetByTestId("raised-at").Locator("time").GetAttributeAsync("title"));
            Assert.Equal("UTC", await page.GetByLabel("Time zone").InputValueAsync());
            await tab.AssertAccessibleAsync("alert page in UTC");

            // The choice stays with the user: the board shows the same instant in UTC too.
            await tab.GotoAsync("alerts");
            await page.Locator(".board tr", new() { HasText = name }).Locator("time", new() { HasText = At(raised, "UTC") }).WaitForAsync();
        });
    }

    private static string At(DateTimeOffset at, string zone) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone))
            .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
