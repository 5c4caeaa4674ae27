using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class ContentPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task A_cyber_officer_pastes_a_post_sees_what_was_found_what_hit_and_why_and_the_APIs_field_errors_beside_their_fields()
    {
        // A number of this test's own, so no other test's broker shares it.
        var digits = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var phone = $"+8491{digits}";
        var written = $"091{digits[0]}.{digits[1..4]}.{digits[4..]}";
        var name = $"Trần Văn {AlertFlows.RandomSurname()}";
        var response = await platform.Platform.Client("admin").PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            identifiers = new[] { new { type = "PHONE", value = phone } },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entryId = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await platform.Platform.IndexedAsync(entryId);

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(
            nameof(A_cyber_officer_pastes_a_post_sees_what_was_found_what_hit_and_why_and_the_APIs_field_errors_beside_their_fields),
            async () =>
            {
                await tab.SignInAsync("officer", "VN-MPS", "content");
                await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Screen a social-media post" }).WaitForAsync();
                Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Screen a post" }).CountAsync());
                await tab.Page.GetByLabel("Text of the post").FillAsync($"TUYỂN GẤP việc nhẹ lương cao, LH chị Lan {written} (Zalo)");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Screen the post" }).ClickAsync();
                var unitError = tab.Page.Locator("#unit-error");
                await unitError.WaitForAsync();
                Assert.Contains("Required", await unitError.InnerTextAsync());
                Assert.Equal(0, await tab.Page.GetByTestId("decision").CountAsync());
                await tab.AssertAccessibleAsync("content screening with a field error");

                await tab.Page.GetByLabel("Unit", new() { Exact = true }).FillAsync("VN-A05");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Screen the post" }).ClickAsync();
                await tab.Page.GetByTestId("decision").Filter(new() { HasText = "MATCH" }).WaitForAsync();
                Assert.Equal(0, await unitError.CountAsync());
                var extracted = await tab.Page.GetByTestId("extracted").InnerTextAsync();
                Assert.Contains(phone, extracted);
                Assert.Contains("Lan", extracted);
                var hits = await tab.Page.Locator(".answer ol.hits").InnerTextAsync();
                Assert.Contains(name, hits);
                Assert.Contains("Arrest", hits);
                Assert.Contains($"phone {phone} in the post", hits); // the explanation says what in the post hit
                await tab.AssertAccessibleAsync("content screening with a hit");
            });
    }

    [Fact]
    public async Task A_content_alert_shows_its_unit_on_the_board_the_post_or_unit_filter_finds_it_and_its_page_links_the_post()
    {
        var digits = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = $"Lê Văn {AlertFlows.RandomSurname()}";
        var listed = await platform.Platform.Client("admin").PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            identifiers = new[] { new { type = "PHONE", value = $"+8491{digits}" } },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        var entryId = (await listed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await platform.Platform.IndexedAsync(entryId);
        var unit = $"VN-C{Guid.NewGuid().ToString("N")[..5].ToUpperInvariant()}"; // a unit no other alert has
        var url = $"https://www.facebook.com/groups/viecnhe/posts/{digits}";
        var screened = await platform.Platform.Client("officer", "VN-MPS").PostAsJsonAsync("/api/screenings/content", new
        {
            content = new { text = $"Việc nhẹ lương cao, LH 091{digits} (Zalo)", url, platform = "facebook", language = "vi" },
            context = new { unit },
        });
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(
            nameof(A_content_alert_shows_its_unit_on_the_board_the_post_or_unit_filter_finds_it_and_its_page_links_the_post),
            async () =>
            {
                await tab.SignInAsync("command-centre", "VN-MPS");
                await BoardScript.WaitLiveAsync(tab.Page);
                await tab.Page.GetByLabel("Post or unit").FillAsync(unit);
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
                var row = tab.Page.Locator(".board tr", new() { HasText = name });
                await row.First.WaitForAsync(new() { Timeout = 10_000 });
                Assert.Equal(1, await row.CountAsync());
                Assert.Contains(unit, await row.First.InnerTextAsync());

                await row.First.GetByRole(AriaRole.Link).ClickAsync();
                await tab.Page.GetByTestId("alert-unit").WaitForAsync();
                Assert.Equal(unit, await tab.Page.GetByTestId("alert-unit").InnerTextAsync());
                Assert.Equal(url, await tab.Page.GetByTestId("alert-post").GetAttributeAsync("href"));
                await tab.AssertAccessibleAsync("a content alert's page");
            });
    }

    [Fact]
    public async Task An_admin_has_no_content_page_nor_its_link()
    {
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_has_no_content_page_nor_its_link), async () =>
        {
            await tab.SignInAsync("admin", "VN-MPS", "content");
            await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Not for your role" }).WaitForAsync();
            Assert.Equal(0, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Screen a post" }).CountAsync());
            Assert.Equal(0, await tab.Page.Locator("#text").CountAsync());
        });
    }
}
