using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Alerts;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class ScreeningPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task An_officer_screens_one_traveller_sees_the_hit_explained_and_the_APIs_field_errors_beside_their_fields()
    {
        var name = $"Đặng Văn {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
        await platform.Platform.IndexedAsync(entryId);
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(
            nameof(An_officer_screens_one_traveller_sees_the_hit_explained_and_the_APIs_field_errors_beside_their_fields),
            async () =>
            {
                await tab.SignInAsync("officer", "VN-MPS", "screen");
                await tab.Page.GetByLabel("Name").FillAsync(name);
                await tab.Page.GetByLabel("Birth date").FillAsync("1980-13-45");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();
                var birthError = tab.Page.Locator("#birth-error");
                await birthError.WaitForAsync();
                Assert.Contains("1980-13-45", await birthError.InnerTextAsync());
                await tab.AssertAccessibleAsync("screening with a field error");

                await tab.Page.GetByLabel("Birth date").FillAsync("1980-05-12");
                await tab.Page.GetByLabel("Passport number").FillAsync(passport);
                await tab.Page.GetByLabel("Nationality").FillAsync("VNM");
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();
                await tab.Page.GetByTestId("decision").Filter(new() { HasText = "MATCH" }).WaitForAsync();
                Assert.Equal(0, await birthError.CountAsync());
                var hits = await tab.Page.Locator(".answer ol.hits").InnerTextAsync();
                Assert.Contains(name, hits);
                Assert.Contains("Arrest", hits);
                Assert.Contains("Birth date", hits); // the explanation, feature by feature
                await tab.AssertAccessibleAsync("screening with a hit");
            });
    }

    [Fact]
    public async Task An_officer_uploads_a_manifest_sees_every_passengers_decision_and_downloads_the_results()
    {
        var name = $"Hoàng Thị {AlertFlows.RandomSurname()}";
        var passport = AlertFlows.NewPassport();
        var (entryId, _) = await platform.Platform.ListAsync(AlertFlows.Person(name, passport));
        await platform.Platform.IndexedAsync(entryId);
        var file = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "name,birth date,nationality,document\n" +
            $"Quentin Zebulon Abernathy,1975-02-03,FRA,{AlertFlows.NewPassport()}\n" +
            $"\"{name}\",1980-05-12,VNM,{passport}\n" +
            $"Yolanda Xiomara Whitfield,1990,USA,{AlertFlows.NewPassport()}\n");
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(nameof(An_officer_uploads_a_manifest_sees_every_passengers_decision_and_downloads_the_results), async () =>
        {
            await tab.SignInAsync("officer", "VN-MPS", "screen");
            await tab.Page.GetByLabel("Flight", new() { Exact = true }).FillAsync("VN123");
            await tab.ChooseFilesAsync("Manifest file", file);
            var summary = tab.Page.GetByTestId("manifest-summary");
            await summary.WaitForAsync();
            Assert.Contains("3 passengers screened: 1 match", await summary.InnerTextAsync());
            var rows = tab.Page.Locator("table.manifest tbody tr");
            Assert.Equal(3, await rows.CountAsync());
            Assert.Contains("Match", await rows.Nth(1).InnerTextAsync());
            Assert.Contains(name, await rows.Nth(1).Locator("ol.hits").InnerTextAsync());
            Assert.Contains("Clear", await rows.Nth(0).InnerTextAsync());
            await tab.AssertAccessibleAsync("manifest results");
            await tab.SaveForDocsAsync("console-manifest");

            var download = await tab.Page.RunAndWaitForDownloadAsync(
                () => tab.Page.GetByRole(AriaRole.Link, new() { Name = "Download the results (CSV)" }).ClickAsync());
            var saved = Path.Combine(Path.GetTempPath(), $"results-{Guid.NewGuid():N}.csv");
            await download.SaveAsAsync(saved);
            var lines = await File.ReadAllLinesAsync(saved);
            Assert.Equal(4, lines.Length);
            Assert.StartsWith("line,name,birth date,nationality,document,decision", lines[0]);
            Assert.Contains(",MATCH,", lines[2]);
            Assert.Contains(name, lines[2]);
        });
    }
}
