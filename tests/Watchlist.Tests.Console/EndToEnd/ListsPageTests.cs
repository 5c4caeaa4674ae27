using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class ListsPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    /// <summary>The subject of the console's development sign-in as admin of VN-MPS (DevelopmentTokens).</summary>
    private const string ConsoleAdmin = "dev-admin-vn-mps";

    [Fact]
    public async Task An_admin_sets_a_four_eyes_policy_approves_anothers_entry_and_sees_the_APIs_refusal_of_their_own()
    {
        var list = $"fe-{Guid.NewGuid():N}"[..20];
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_sets_a_four_eyes_policy_approves_anothers_entry_and_sees_the_APIs_refusal_of_their_own),
            async () =>
            {
                await tab.SignInAsync("admin", "VN-MPS", "lists");
                await tab.Page.GetByRole(AriaRole.Heading, new() { Name = "List policies and approvals" }).WaitForAsync();
                Assert.Equal(1, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Lists and approvals" }).CountAsync());

                await tab.Page.GetByLabel("List", new() { Exact = true }).FillAsync(list);
                await tab.Page.GetByLabel("Four eyes (a second admin approves)").CheckAsync();
                await tab.Page.GetByLabel("Review every (days)").FillAsync("0");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save the policy" }).ClickAsync();
                var daysError = tab.Page.Locator("#review-days-error");
                await daysError.WaitForAsync();
                Assert.Contains("Between 1 and 3650", await daysError.InnerTextAsync());

                await tab.Page.GetByLabel("Review every (days)").FillAsync("365");
                await tab.Page.GetByLabel("Reason", new() { Exact = true }).First.FillAsync("trafficking lists are checked by two");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save the policy" }).ClickAsync();
                var policy = tab.Page.Locator($"tr[data-list='{list}']");
                await policy.WaitForAsync();
                Assert.Contains("365", await policy.InnerTextAsync());

                // A second save changes the policy at the version shown (If-Match): version 2.
                await tab.Page.GetByLabel("Review every (days)").FillAsync("180");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save the policy" }).ClickAsync();
                await policy.Filter(new() { HasText = "180" }).WaitForAsync();
                Assert.Equal("2", (await policy.Locator("td").Nth(4).InnerTextAsync()).Trim());

                var theirs = await ListPendingAsync(list, "dev-admin-other");
                var mine = await ListPendingAsync(list, ConsoleAdmin);
                await tab.GotoAsync("lists");
                var theirRow = tab.Page.Locator($"tr[data-entry='{theirs.Id}']");
                var myRow = tab.Page.Locator($"tr[data-entry='{mine.Id}']");
                await theirRow.WaitForAsync();
                await myRow.WaitForAsync();
                await tab.AssertAccessibleAsync("lists and approvals");

                // The maker is told that their own listing is for a second admin, and cannot send the API a decision on it.
                Assert.Contains("Your own request: a second admin must approve or reject it.",
                    await myRow.GetByTestId("own-request").InnerTextAsync());
                Assert.True(await myRow.GetByRole(AriaRole.Button, new() { Name = $"Approve {mine.Name}" }).IsDisabledAsync());
                Assert.True(await myRow.GetByRole(AriaRole.Button, new() { Name = $"Reject {mine.Name}" }).IsDisabledAsync());
                Assert.False(await theirRow.GetByRole(AriaRole.Button, new() { Name = $"Approve {theirs.Name}" }).IsDisabledAsync());
                Assert.Contains("Listing", await theirRow.InnerTextAsync());
                Assert.Contains("dev-admin-other", await theirRow.InnerTextAsync());

                await tab.Page.Locator("#decision-reason").FillAsync("checked against the case file");

                await theirRow.GetByRole(AriaRole.Button, new() { Name = $"Approve {theirs.Name}" }).ClickAsync();
                await theirRow.WaitForAsync(new() { State = WaitForSelectorState.Detached });
                var approved = await platform.Platform.Client("admin").GetFromJsonAsync<JsonElement>($"/api/entries/{theirs.Id}");
                Assert.Equal("ACTIVE", approved.GetProperty("status").GetString());
                Assert.Equal(1, await myRow.CountAsync());
            });
    }

    private async Task<(Guid Id, string Name)> ListPendingAsync(string list, string maker)
    {
        var name = $"Phan Văn {AlertFlows.RandomSurname()}";
        var response = await platform.Platform.Client("admin", "VN-MPS", maker).PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            documents = new[] { new { type = "PASSPORT", number = AlertFlows.NewPassport(), country = "VN" } },
            lists = new[] { list },
            category = "HUMAN_TRAFFICKING",
            action = "SPECIFIC_CHECK",
            releasableTo = new[] { "*" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PENDING_APPROVAL", body.GetProperty("status").GetString());
        return (body.GetProperty("id").GetGuid(), name);
    }
}
