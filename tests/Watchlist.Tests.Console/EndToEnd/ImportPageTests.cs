using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

[Collection(ConsoleCollection.Name)]
public sealed class ImportPageTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_imports_the_UN_list_with_progress_and_the_counts_and_a_second_import_changes_nothing()
    {
        var file = RepositoryFiles.PathOf(Path.Combine("data", "un",
            Directory.GetFiles(RepositoryFiles.PathOf("data/un"), "*.xml").Select(Path.GetFileName).Single()!));
        await using var tab = await ConsolePage.OpenAsync(platform, output);
        await tab.RunAsync(
            nameof(An_admin_imports_the_UN_list_with_progress_and_the_counts_and_a_second_import_changes_nothing),
            async () =>
            {
                await tab.SignInAsync("admin", "VN-MPS", "imports");
                await tab.ChooseFilesAsync("The list's XML file", file);
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
                var result = tab.Page.GetByTestId("import-result");
                await result.WaitForAsync(new() { Timeout = 120_000 });
                var cells = await result.Locator("tbody td").AllInnerTextsAsync();
                var created = int.Parse(cells[0]);
                Assert.True(created > 100, $"created {created}");
                Assert.Equal("100", await tab.Page.Locator("progress").GetAttributeAsync("value"));
                await tab.AssertAccessibleAsync("import result");

                await tab.ChooseFilesAsync("The list's XML file", file);
                await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
                // The first count reads exactly 0 once the second import has answered ("1003" also holds a 0: the first
                // import's table matched a substring filter while the second upload was clearing it).
                await result.Locator("tbody td").First.Filter(new() { HasTextRegex = new Regex("^0$") })
                    .WaitForAsync(new() { Timeout = 120_000 });
                Assert.Equal(["0", "0", "0", created.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                    await result.Locator("tbody td").AllInnerTextsAsync());
            });
    }
}
