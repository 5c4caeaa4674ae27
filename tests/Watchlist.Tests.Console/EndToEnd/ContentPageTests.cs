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
