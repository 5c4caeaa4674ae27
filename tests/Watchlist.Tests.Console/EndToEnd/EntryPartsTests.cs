using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>Travel documents and online identifiers in the entry forms: a row each, the API's errors beside their fields.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EntryPartsTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_adds_and_removes_documents_and_identifiers_in_the_amend_form_with_the_APIs_errors_beside_them()
    {
        var name = $"Mai Thị {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport, ["VN-MPS"]));
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_adds_and_removes_documents_and_identifiers_in_the_amend_form_with_the_APIs_errors_beside_them),
            async () =>
            {
                var page = tab.Page;
                await tab.SignInAsync("admin", "VN-MPS", $"entries/{entryId}");
                await page.GetByRole(AriaRole.Heading, new() { Name = name }).WaitForAsync();
                Assert.Equal(passport, await page.GetByLabel("Number of document 1").InputValueAsync());

                await page.GetByRole(AriaRole.Button, new() { Name = "Add a document" }).ClickAsync();
                await page.GetByLabel("Type of document 2").SelectOptionAsync("NATIONAL_ID");
                await page.GetByLabel("Number of document 2").FillAsync("079180001234");
                await page.GetByLabel("Issuing country of document 2").FillAsync("XX");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add an identifier" }).ClickAsync();
                await page.GetByLabel("Identifier 1", new() { Exact = true }).FillAsync("call me maybe");
                await page.GetByRole(AriaRole.Button, new() { Name = "Amend" }).ClickAsync();

                // Both refusals stand beside their own fields, and nothing changed.
                var countryError = page.Locator("#amend-document-1-country-error");
                var phoneError = page.Locator("#amend-identifier-0-value-error");
                await countryError.WaitForAsync();
                Assert.Contains("XX", await countryError.InnerTextAsync());
                Assert.False(string.IsNullOrWhiteSpace(await phoneError.InnerTextAsync()));
                Assert.Equal("true", await page.GetByLabel("Identifier 1", new() { Exact = true }).GetAttributeAsync("aria-invalid"));
                Assert.Equal("1", await page.GetByTestId("entry-version").InnerTextAsync());
                await tab.AssertAccessibleAsync("amend form with document and identifier errors");
                await tab.SaveForDocsAsync("console-entry-parts");

                await page.GetByLabel("Issuing country of document 2").FillAsync("VN");
                await page.GetByLabel("Identifier 1", new() { Exact = true }).FillAsync("+84 90 123 4567");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add an identifier" }).ClickAsync();
                await page.GetByLabel("Type of identifier 2").SelectOptionAsync("SOCIAL_HANDLE");
                await page.GetByLabel("Identifier 2", new() { Exact = true }).FillAsync("viec.nhe.luong.cao");
                await page.GetByLabel("Network of identifier 2 (facebook, telegram…)").FillAsync("facebook");
                await page.GetByRole(AriaRole.Button, new() { Name = "Remove document 1" }).ClickAsync();
                await Assertions.Expect(page.GetByLabel("Number of document 1")).ToHaveValueAsync("079180001234");
                await page.GetByLabel("Reason for the change").FillAsync("The passport was replaced by the ID card.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Amend" }).ClickAsync();

                await Assertions.Expect(page.GetByTestId("entry-version")).ToHaveTextAsync("2");
                var documents = await page.GetByTestId("entry-documents").InnerTextAsync();
                Assert.Contains("National ID 079180001234 (VN)", documents);
                Assert.DoesNotContain(passport, documents);
                var identifiers = await page.GetByTestId("entry-identifiers").InnerTextAsync();
                Assert.Contains("Phone", identifiers);
                Assert.Contains("Social media account viec.nhe.luong.cao", identifiers);

                var stored = await platform.Platform.Client("admin").GetFromJsonAsync<JsonElement>($"/api/entries/{entryId}");
                Assert.Equal(["079180001234"],
                    stored.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("number").GetString()));
                var ids = stored.GetProperty("identifiers").EnumerateArray().ToList();
                Assert.Equal(["PHONE", "SOCIAL_HANDLE"], ids.Select(i => i.GetProperty("type").GetString()));
                Assert.Equal("+84901234567", ids[0].GetProperty("value").GetString());
                Assert.Equal("facebook", ids[1].GetProperty("platform").GetString());

                // The change names just the documents and identifiers.
                var change = await page.Locator("table.history tbody tr", new() { HasText = "The passport was replaced" })
                    .Locator("td:nth-child(6)").InnerTextAsync();
                Assert.Contains("documents:", change);
                Assert.Contains("identifiers:", change);
                Assert.DoesNotContain("names:", change);
            });
    }

    [Fact]
    public async Task An_admin_lists_an_online_identifier_only_once_the_form_has_one()
    {
        var handle = $"tuyen.dung.{Guid.NewGuid():N}"[..24];
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_lists_an_online_identifier_only_once_the_form_has_one), async () =>
        {
            var page = tab.Page;
            await tab.SignInAsync("admin", "VN-MPS", "entries/new");
            await page.GetByLabel("Kind").SelectOptionAsync("ONLINE_IDENTIFIER");
            await page.GetByLabel("Category").SelectOptionAsync("CYBER_FRAUD");
            await page.GetByRole(AriaRole.Button, new() { Name = "List the entry" }).ClickAsync();
            var missing = page.Locator("#entry-identifiers-error");
            await missing.WaitForAsync();
            Assert.Contains("online-identifier entry needs", await missing.InnerTextAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "Add an identifier" }).ClickAsync();
            await page.GetByLabel("Type of identifier 1").SelectOptionAsync("SOCIAL_HANDLE");
            await page.GetByLabel("Identifier 1", new() { Exact = true }).FillAsync(handle);
            await page.GetByLabel("Network of identifier 1 (facebook, telegram…)").FillAsync("telegram");
            await page.GetByRole(AriaRole.Button, new() { Name = "List the entry" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/console/entries/[0-9a-f-]{36}$"));
            await Assertions.Expect(page.GetByTestId("entry-identifiers")).ToContainTextAsync($"Social media account {handle}");
            await tab.AssertAccessibleAsync("an online identifier's entry");
        });
    }
}
