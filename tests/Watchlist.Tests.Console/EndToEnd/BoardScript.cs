using Microsoft.Playwright;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>What the tests read from an open board in the browser itself.</summary>
public static class BoardScript
{
    /// <summary>
    /// Records, in the page, when each board cell's text first appeared (the browser's clock, ms since the epoch): a
    /// MutationObserver fires in the same task as the DOM change, so this is when the row became visible, not when a poll noticed.
    /// </summary>
    public static Task WatchAsync(IPage page) => page.EvaluateAsync(@"() => {
        window.__seen = {};
        const note = () => { for (const td of document.querySelectorAll('.board td')) { const t = td.textContent.trim(); "
        + @"if (t && !(t in window.__seen)) window.__seen[t] = Date.now(); } };
        note();
        new MutationObserver(note).observe(document.querySelector('.board'), { subtree: true, childList: true, characterData: true });
    }");

    /// <summary>When the text first appeared in a cell, or null.</summary>
    public static Task<long?> SeenAtAsync(IPage page, string text) =>
        page.EvaluateAsync<long?>("t => window.__seen[t] ?? null", text);

    public static async Task WaitLiveAsync(IPage page) =>
        await page.Locator(".live[data-live='live']").WaitForAsync(new() { Timeout = 15_000 });

    public static Task<int> CountAsync(IPage page) =>
        page.GetByTestId("alert-count").InnerTextAsync()
            .ContinueWith(t => int.Parse(t.Result, System.Globalization.CultureInfo.InvariantCulture));
}
