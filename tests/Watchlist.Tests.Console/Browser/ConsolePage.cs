using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.Browser;

/// <summary>
/// One user's browser tab on the console (its own context: its own cookies). <see cref="RunAsync"/> saves a screenshot
/// of the page when the test fails, under <c>screenshots/</c> in the test output.
/// </summary>
public sealed class ConsolePage(Uri console, IBrowserContext context, IPage page, ITestOutputHelper output) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <param name="console">Another console host than the collection's (its own address, /console/), or none.</param>
    public static async Task<ConsolePage> OpenAsync(ConsolePlatform platform, ITestOutputHelper output, Uri? console = null)
    {
        var context = await platform.Browser.NewContextAsync(
            new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return new ConsolePage(console ?? platform.ConsoleUrl, context, await context.NewPageAsync(), output);
    }

    public Task GotoAsync(string path) => Page.GotoAsync(new Uri(console, path).ToString());

    /// <summary>Signs in with the development form, and waits for the page the console sends the user to.</summary>
    public async Task SignInAsync(string role, string agency, string path = "alerts")
    {
        await GotoAsync(path);
        await Page.GetByLabel("Role").SelectOptionAsync(role);
        await Page.GetByLabel("Agency").FillAsync(agency);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    /// <summary>
    /// Chooses files in the Blazor file input labelled <paramref name="label"/> once its script listens for them. The input
    /// is in the page as soon as the circuit renders it, but its listener comes a round trip later (after render); files
    /// chosen in between raise no change, and the page never learns of them (CI saw an Import button stay disabled).
    /// </summary>
    public async Task ChooseFilesAsync(string label, params string[] files)
    {
        var input = Page.GetByLabel(label);
        var element = await input.ElementHandleAsync();
        await Page.WaitForFunctionAsync("input => input._blazorInputFileNextFileId !== undefined", element);
        await input.SetInputFilesAsync(files);
    }

    /// <summary>No serious or critical axe violation on the page as it is now; every violation is written to the output.</summary>
    public async Task AssertAccessibleAsync(string what)
    {
        var result = await Page.RunAxe();
        foreach (var v in result.Violations)
            output.WriteLine($"axe [{what}] {v.Impact}: {v.Id} ({v.Nodes.Length} nodes) {v.Help}");
        output.WriteLine($"axe [{what}]: {result.Violations.Length} violations, {result.Passes.Length} rules passed");
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe on {what}:\n{string.Join("\n", blocking)}");
    }

    /// <summary>
    /// Saves the page for the README when <c>WATCHLIST_DOCS_IMAGES</c> names a folder (e.g. docs/images); otherwise does nothing.
    /// </summary>
    public async Task SaveForDocsAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("WATCHLIST_DOCS_IMAGES") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    /// <summary>Runs a test's steps; on failure, saves a full-page screenshot named after the test and rethrows.</summary>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try { await steps(); }
        catch
        {
            Directory.CreateDirectory(ScreenshotFolder);
            var file = Path.Combine(ScreenshotFolder, $"{name}-{DateTime.UtcNow:HHmmss}.png");
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                output.WriteLine($"screenshot: {file}");
            }
            catch (PlaywrightException e) { output.WriteLine($"no screenshot: {e.Message}"); }
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
