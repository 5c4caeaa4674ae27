using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Watchlist.Alerts.Retro;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class ImpactDryRunTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_dry_runs_an_entry_and_sees_the_crossings_it_would_hit_by_band_and_post_with_nothing_listed()
    {
        var name = $"Đỗ Văn {AlertFlows.RandomSurname()}";
        var post = $"VN-DRY-{Random.Shared.Next(100, 999)}";
        var crossings = await ScreenTwiceAsync(name, post);
        var window = platform.Platform.Alerts.Services.GetRequiredService<CrossingWindow>();
        foreach (var id in crossings)
            await Eventually.Until(() => Task.FromResult(window.Contains(id)), held => held, $"crossing {id} in the retro window");

        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_admin_dry_runs_an_entry_and_sees_the_crossings_it_would_hit_by_band_and_post_with_nothing_listed),
            async () =>
            {
                await tab.SignInAsync("admin", "VN-MPS", "entries/new");
                await tab.Page.GetByLabel("Primary name").FillAsync(name);
                await tab.Page.GetByLabel("Birth date").FillAsync("1980-05-12");
                await tab.Page.GetByLabel("Nationality").FillAsync("VNM");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Dry run: what would it hit?" }).ClickAsync();
                var summary = tab.Page.GetByTestId("impact-summary");
                await summary.WaitForAsync();
                Assert.Matches(@"hit \d+ recorded crossings", await summary.InnerTextAsync());
                var row = tab.Page.Locator("table.impact tbody tr").Filter(new() { HasText = post });
                Assert.Equal(2, (await row.AllInnerTextsAsync()).Sum(text => int.Parse(text.Split('\t')[^1].Trim())));
                var shown = await tab.Page.Locator("section[aria-labelledby='impact-h']").InnerTextAsync();
                Assert.DoesNotContain(name.Split(' ')[0], shown, StringComparison.OrdinalIgnoreCase); // counts only, no one named
                Assert.EndsWith("/entries/new", new Uri(tab.Page.Url).AbsolutePath);
                await tab.AssertAccessibleAsync("impact dry run");
            });
        var listed = await platform.Platform.Client("admin").GetFromJsonAsync<JsonElement>($"/api/entries?q={Uri.EscapeDataString(name)}");
        Assert.Empty(listed.GetProperty("items").EnumerateArray()); // a dry run lists nothing
    }

    /// <summary>The traveller crosses twice at the post: two crossings in the alerts service's retro window.</summary>
    private async Task<Guid[]> ScreenTwiceAsync(string name, string post)
    {
        var officer = platform.Platform.Client("officer", "VN-MPS", subject: "officer-dry-run");
        var response = await officer.PostAsJsonAsync("/api/screenings/batch", new
        {
            context = new { borderPost = post, direction = "ENTRY" },
            travellers = Enumerable.Range(0, 2).Select(i => new
            {
                @ref = $"seat-{i}", name, birthDate = "1980-05-12", nationality = "VNM",
                documents = new[] { new { type = "PASSPORT", number = AlertFlows.NewPassport(), country = "VNM" } },
            }),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("screeningId").GetGuid()).ToArray();
    }
}
