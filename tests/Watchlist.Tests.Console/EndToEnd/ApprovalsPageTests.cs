using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>
/// Four eyes in the console: delisting requests beside pending listings, and imports decided as a whole. Each test is an agency
/// of its own, so that its four-eyes policies (un-sc among them) touch no other test of the collection.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ApprovalsPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, int? version, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (version is { } v) request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        return client.SendAsync(request);
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<JsonElement> EntryAsync(string agency, Guid id) =>
        await platform.Platform.Client("admin", agency).GetFromJsonAsync<JsonElement>($"/api/entries/{id}");

    [Fact]
    public async Task A_delisting_request_waits_on_the_approvals_page_for_a_second_admin_who_approves_it_and_the_maker_cannot()
    {
        const string Agency = "VN-BDBP";
        var list = $"fe-del-{Guid.NewGuid():N}"[..20];
        var maker = platform.Platform.Client("admin", Agency, "bdbp-maker");
        var checker = platform.Platform.Client("admin", Agency, "bdbp-checker");
        await Ok(Send(maker, HttpMethod.Put, $"/api/lists/{list}", null, new { fourEyes = true }));
        async Task<(Guid Id, string Name)> ListActiveAsync(string given)
        {
            var name = $"{given} {AlertFlows.RandomSurname()}";
            var listed = await Ok(maker.PostAsJsonAsync("/api/entries", new
            {
                kind = "PERSON", names = new[] { new { value = name, type = "PRIMARY" } }, lists = new[] { list },
                category = "MIGRANT_SMUGGLING", action = "SPECIFIC_CHECK", releasableTo = new[] { Agency },
            }));
            var id = listed.GetProperty("id").GetGuid();
            await Ok(Send(checker, HttpMethod.Post, $"/api/entries/{id}/approve", 1, new { reason = "checked" }));
            return (id, name);
        }
        var theirs = await ListActiveAsync("Lâm Văn");
        var mine = await ListActiveAsync("Tạ Thị");
        var requested = await Ok(Send(maker, HttpMethod.Post, $"/api/entries/{theirs.Id}/delist", 2, new { reason = "case closed" }));
        Assert.Equal("DELISTING", requested.GetProperty("pending").GetProperty("kind").GetString());

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(
            nameof(A_delisting_request_waits_on_the_approvals_page_for_a_second_admin_who_approves_it_and_the_maker_cannot),
            async () =>
            {
                // The console's admin asks for a delisting of their own: on a four-eyes list it is a request, and says so.
                await tab.SignInAsync("admin", Agency, $"entries/{mine.Id}");
                await tab.Page.GetByLabel("Reason", new() { Exact = true }).FillAsync("duplicate of another entry");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Delist" }).ClickAsync();
                await tab.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Delisting requested" }).WaitForAsync();
                Assert.Equal("ACTIVE", await tab.Page.GetByTestId("entry-status").GetAttributeAsync("data-status")); // still in force
                Assert.Contains("delisting requested by dev-admin-vn-bdbp", await tab.Page.GetByTestId("entry-pending").InnerTextAsync());

                await tab.GotoAsync("lists");
                var theirRow = tab.Page.Locator($"tr[data-entry='{theirs.Id}']");
                var myRow = tab.Page.Locator($"tr[data-entry='{mine.Id}']");
                await theirRow.WaitForAsync();
                await myRow.WaitForAsync();
                Assert.Equal("DELISTING", await theirRow.GetAttributeAsync("data-request"));
                Assert.Contains("Delisting", await theirRow.InnerTextAsync());
                Assert.Contains("bdbp-maker", await theirRow.InnerTextAsync());
                Assert.Contains("Your own request", await myRow.InnerTextAsync());
                Assert.True(await myRow.GetByRole(AriaRole.Button, new() { Name = $"Approve {mine.Name}" }).IsDisabledAsync());
                await tab.AssertAccessibleAsync("approvals with delisting requests");
                await tab.SaveForDocsAsync("console-approvals");

                await tab.Page.Locator("#decision-reason").FillAsync("the case file confirms it");
                await theirRow.GetByRole(AriaRole.Button, new() { Name = $"Approve {theirs.Name}" }).ClickAsync();
                await theirRow.WaitForAsync(new() { State = WaitForSelectorState.Detached });
                Assert.Equal("DELISTED", (await EntryAsync(Agency, theirs.Id)).GetProperty("status").GetString());
                Assert.Equal(1, await myRow.CountAsync());

                // The other admin rejects the console admin's request through the API: the page no longer offers it.
                var version = (await EntryAsync(Agency, mine.Id)).GetProperty("version").GetInt32();
                await Ok(Send(maker, HttpMethod.Post, $"/api/entries/{mine.Id}/reject", version, new { reason = "keep it" }));
                await tab.GotoAsync("lists");
                await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "List policies and approvals" }).WaitForAsync();
                await tab.Page.GetByText("Nothing is waiting for approval.").WaitForAsync();
                var kept = await EntryAsync(Agency, mine.Id);
                Assert.Equal("ACTIVE", kept.GetProperty("status").GetString());
                Assert.Equal(JsonValueKind.Null, kept.GetProperty("pending").ValueKind);
            });
    }

    [Fact]
    public async Task An_import_into_a_four_eyes_list_is_approved_as_a_whole_on_the_approvals_page_but_not_by_its_maker()
    {
        const string Agency = "VN-CUSTOMS";
        var xml = await File.ReadAllTextAsync(RepositoryFiles.PathOf("data/un/consolidated.xml"));
        string Edition(int skip, int take)
        {
            var individuals = xml.Split("<INDIVIDUAL>").Skip(1 + skip).Take(take).Select(i => "<INDIVIDUAL>" + i.Split("</INDIVIDUAL>")[0]);
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST><INDIVIDUALS>" +
                string.Concat(individuals.Select(i => i + "</INDIVIDUAL>")) + "</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>";
        }
        var maker = platform.Platform.Client("admin", Agency, "customs-maker");
        await Ok(Send(maker, HttpMethod.Put, "/api/lists/un-sc", null, new { fourEyes = true }));
        var imported = await Ok(maker.PostAsync("/api/imports/un-sc", new StringContent(Edition(0, 3), Encoding.UTF8, "application/xml")));
        Assert.Equal(3, imported.GetProperty("created").GetInt32());
        async Task<string[]> StatusesAsync() =>
        [
            .. (await maker.GetFromJsonAsync<JsonElement>("/api/entries?list=un-sc&limit=500")).GetProperty("items").EnumerateArray()
                .Where(e => e.GetProperty("ownerAgency").GetString() == Agency).Select(e => e.GetProperty("status").GetString()!)
                .Order(),
        ];
        Assert.Equal(["PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL"], await StatusesAsync());
        var nextEdition = Path.Combine(Path.GetTempPath(), $"un-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(nextEdition, Edition(1, 2));

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_import_into_a_four_eyes_list_is_approved_as_a_whole_on_the_approvals_page_but_not_by_its_maker),
            async () =>
            {
                await tab.SignInAsync("admin", Agency, "lists");
                var pending = tab.Page.Locator("table.pending tbody tr[data-request='LISTING']", new() { HasText = "un-sc" });
                await Assertions.Expect(pending).ToHaveCountAsync(3);
                await tab.Page.Locator("#decision-reason").FillAsync("the edition of the Security Council's site");
                await tab.Page.GetByLabel("Dataset").SelectOptionAsync("un-sc");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Approve the import" }).ClickAsync();
                await tab.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "un-sc: 3 listings and 0 delistings decided." })
                    .WaitForAsync();
                await Assertions.Expect(pending).ToHaveCountAsync(0);
                Assert.Equal(["ACTIVE", "ACTIVE", "ACTIVE"], await StatusesAsync());
                await tab.AssertAccessibleAsync("approvals after an import was approved");

                // The console's admin imports the next edition (one individual fewer: a delisting request) and may not approve it.
                await tab.GotoAsync("imports");
                await tab.ChooseFilesAsync("The list's XML file", nextEdition);
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
                await tab.Page.GetByTestId("import-result").WaitForAsync(new() { Timeout = 60_000 });
                await tab.GotoAsync("lists");
                var delisting = tab.Page.Locator("table.pending tbody tr[data-request='DELISTING']", new() { HasText = "un-sc" });
                await Assertions.Expect(delisting).ToHaveCountAsync(1);
                await tab.Page.Locator("#decision-reason").FillAsync("my own import");
                await tab.Page.GetByLabel("Dataset").SelectOptionAsync("un-sc");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Approve the import" }).ClickAsync();
                var refusal = tab.Page.GetByTestId("import-problem");
                await refusal.WaitForAsync();
                Assert.Contains("The maker cannot be the checker.", await refusal.InnerTextAsync());
                await Assertions.Expect(delisting).ToHaveCountAsync(1);
                Assert.Equal(["ACTIVE", "ACTIVE", "ACTIVE"], await StatusesAsync());

                // The other admin approves it as a whole: the delisting goes through.
                var approval = await Ok(maker.PostAsJsonAsync("/api/imports/un-sc/approve", new { reason = "checked" }));
                Assert.Equal(1, approval.GetProperty("delistings").GetInt32());
                Assert.Equal(["ACTIVE", "ACTIVE", "DELISTED"], await StatusesAsync());
            });
        File.Delete(nextEdition);
    }
}
