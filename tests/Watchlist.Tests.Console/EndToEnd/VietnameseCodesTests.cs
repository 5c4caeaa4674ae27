using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>The console in Vietnamese shows no code of the platform's vocabulary as it came from the API.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class VietnameseCodesTests(ConsolePlatform platform, ITestOutputHelper output)
{
    /// <summary>
    /// API.md's codes (statuses, severities, bands, outcomes, actions, categories, kinds) and the histories' change types.
    /// </summary>
    private static readonly HashSet<string> PlatformCodes =
    [
        "OPEN", "ACKNOWLEDGED", "ESCALATED", "RESOLVED", "ACTIVE", "SUSPENDED", "DELISTED", "EXPIRED", "PENDING_APPROVAL", "REJECTED",
        "CRITICAL", "HIGH", "MEDIUM", "LOW", "MATCH", "REVIEW", "CLEAR",
        "CONFIRMED_MATCH", "FALSE_POSITIVE", "ACTION_TAKEN", "NO_ACTION",
        "ARREST", "REFUSE_ENTRY", "SPECIFIC_CHECK", "DISCREET_CHECK", "SEIZE_DOCUMENT", "PROTECT", "INFORM",
        "HUMAN_TRAFFICKING", "MIGRANT_SMUGGLING", "CYBER_FRAUD", "SANCTIONS", "WANTED", "MISSING_PERSON", "LOST_STOLEN_DOCUMENT", "OTHER",
        "PERSON", "ORGANISATION", "TRAVEL_DOCUMENT", "ONLINE_IDENTIFIER", "PASSPORT", "NATIONAL_ID", "VISA",
        "PHONE", "EMAIL", "SOCIAL_HANDLE", "WEBSITE", "MALE", "FEMALE", "UNKNOWN", "PRIMARY", "ALIAS", "WEAK_ALIAS",
        "RAISED", "HIT_REPEATED", "ASSIGNED", "COMMENTED", "REOPENED", "RELEASABILITY_CHANGED", "AUDIENCE_SETTLED",
    ];

    [GeneratedRegex(@"\b[A-Z][A-Z_]{1,}\b")]
    private static partial Regex CodeLike();

    private async Task AssertNoCodeAsync(IPage page, string where)
    {
        var text = await page.Locator("main").InnerTextAsync();
        var left = CodeLike().Matches(text).Select(m => m.Value).Where(PlatformCodes.Contains).Distinct().ToList();
        output.WriteLine($"{where}: {text.Length} characters, codes left: {string.Join(", ", left)}");
        Assert.True(left.Count == 0, $"{where} shows untranslated codes: {string.Join(", ", left)}");
    }

    [Fact]
    public async Task The_board_and_an_alert_page_in_Vietnamese_show_every_status_severity_band_and_outcome_translated()
    {
        var name = $"Hồ Văn {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var post = $"VN-VI{Random.Shared.Next(100, 999)}";
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
        await platform.Platform.ScreenHitAsync(AlertFlows.Traveller(name, passport), entryId, borderPost: post);
        var alertId = (await platform.Platform.AlertsUntilAsync(entryId, a => a.Length == 1, "the alert"))[0].Id();
        // A colleague works the alert, so that its history holds the change types, details and outcome a page must translate.
        var colleague = platform.Platform.CommandCentre("VN-MPS", "cc-vi");
        var version = 1;
        foreach (var (action, body) in new (string, object?)[]
                 {
                     ("acknowledge", null), ("assign", new { assignee = "can-bo-7" }), ("escalate", new { reason = "cần chỉ huy" }),
                     ("comment", new { text = "đã liên hệ" }), ("resolve", new { outcome = "CONFIRMED_MATCH", note = "khớp" }),
                 })
        {
            var response = await colleague.WorkAsync(alertId, action, version++, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(The_board_and_an_alert_page_in_Vietnamese_show_every_status_severity_band_and_outcome_translated),
            async () =>
            {
                await tab.SignInAsync("command-centre", "VN-MPS");
                await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
                await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Bảng cảnh báo" }).WaitForAsync();
                var row = tab.Page.Locator(".board tr", new() { HasText = post });
                await row.WaitForAsync();
                Assert.Contains("Đã xử lý xong", await row.InnerTextAsync()); // RESOLVED, in Vietnamese
                await AssertNoCodeAsync(tab.Page, "the board");

                await row.GetByRole(AriaRole.Link).ClickAsync();
                await tab.Page.Locator("table.history tr", new() { HasText = "can-bo-7" }).WaitForAsync();
                Assert.Equal("RESOLVED", await tab.Page.GetByTestId("alert-status").GetAttributeAsync("data-status"));
                Assert.Equal("Đã xử lý xong", (await tab.Page.GetByTestId("alert-status").InnerTextAsync()).Trim());
                Assert.Equal("Xác nhận trùng khớp", await tab.Page.GetByTestId("alert-outcome").InnerTextAsync());
                await AssertNoCodeAsync(tab.Page, "the alert page");

                // A refusal of the API reads in Vietnamese too: reopening without a reason.
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Mở lại" }).ClickAsync();
                await tab.Page.Locator("#reopen-error").WaitForAsync();
                Assert.Equal("Hãy nêu lý do; lý do được lưu trong lịch sử cảnh báo.",
                    await tab.Page.Locator("#reopen-error").InnerTextAsync());
                await AssertNoCodeAsync(tab.Page, "the alert page with a refusal");
                await tab.AssertAccessibleAsync("alert page in Vietnamese");
            });
    }
}
