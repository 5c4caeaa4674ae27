using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task A_user_without_a_session_is_sent_to_sign_in_and_comes_back_to_the_board_then_signs_out()
    {
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(A_user_without_a_session_is_sent_to_sign_in_and_comes_back_to_the_board_then_signs_out), async () =>
        {
            await tab.GotoAsync("alerts");
            Assert.Contains("/console/signin", tab.Page.Url);
            Assert.Contains("ReturnUrl=%2Fconsole%2Falerts", tab.Page.Url);
            await tab.AssertAccessibleAsync("sign-in");
            await tab.SaveForDocsAsync("console-sign-in");

            await tab.Page.GetByLabel("Role").SelectOptionAsync("command-centre");
            await tab.Page.GetByLabel("Agency").FillAsync("VN-MPS");
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Alert board" }).WaitForAsync();
            Assert.EndsWith("/console/alerts", tab.Page.Url);
            var who = await tab.Page.Locator("header .who").InnerTextAsync();
            Assert.Contains("command-centre", who);
            Assert.Contains("VN-MPS", who);
            await BoardScript.WaitLiveAsync(tab.Page);
            await tab.AssertAccessibleAsync("alert board");

            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await tab.Page.GetByText("You have signed out.").WaitForAsync();
            await tab.GotoAsync("alerts");
            Assert.Contains("/console/signin", tab.Page.Url);
        });
    }

    [Fact]
    public async Task An_agency_that_is_not_a_code_is_refused_beside_its_field()
    {
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_agency_that_is_not_a_code_is_refused_beside_its_field), async () =>
        {
            await tab.GotoAsync("signin");
            await tab.Page.GetByLabel("Agency").FillAsync("not an agency");
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await tab.Page.Locator("#agency-error").WaitForAsync();
            Assert.Contains("/console/signin", tab.Page.Url);
            Assert.Equal("true", await tab.Page.GetByLabel("Agency").GetAttributeAsync("aria-invalid"));
            await tab.AssertAccessibleAsync("sign-in with a field error");
        });
    }

    [Fact]
    public async Task A_user_who_chooses_Vietnamese_gets_the_board_in_Vietnamese_and_can_switch_back()
    {
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(A_user_who_chooses_Vietnamese_gets_the_board_in_Vietnamese_and_can_switch_back), async () =>
        {
            await tab.SignInAsync("command-centre", "VN-MPS");
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
            await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Bảng cảnh báo" }).WaitForAsync();
            Assert.Equal("vi", await tab.Page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(1, await tab.Page.GetByLabel("Cửa khẩu hoặc đơn vị").CountAsync());
            await tab.Page.Locator(".live[data-live='live']").Filter(new() { HasText = "Trực tuyến" }).WaitForAsync();
            await tab.AssertAccessibleAsync("board in Vietnamese");

            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Alert board" }).WaitForAsync();
        });
    }
}
