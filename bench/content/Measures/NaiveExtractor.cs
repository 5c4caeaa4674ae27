using System.Text.RegularExpressions;
using Watchlist.WatchlistService.Content.Extraction;

namespace Watchlist.Bench.Content.Measures;

/// <summary>
/// The baseline: the hand-written patterns a first attempt would use (a run of digits, "@word", "http…" or "www…"),
/// measured in the same run on the same posts, so the figures of the real extractor have something to be compared with.
/// </summary>
public static partial class NaiveExtractor
{
    [GeneratedRegex(@"\+?\d[\d .\-()]{7,16}\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://|www\.)\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<!\w)@(\w+)")]
    private static partial Regex Mention();

    public static ExtractedItems Extract(string text)
    {
        var phones = Digits().Matches(text).Select(m => Phone(m.Value)).Distinct().ToList();
        var emails = Email().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        var websites = Url().Matches(text).Select(m => AddressOf(m.Value)).Distinct().ToList();
        var handles = Mention().Matches(text).Select(m => new ExtractedHandle(null, m.Groups[1].Value.ToLowerInvariant()))
            .Distinct().ToList();
        return new ExtractedItems(phones, emails, handles, websites, [], []);
    }

    private static string Phone(string written)
    {
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith('0') ? "+84" + digits[1..] : "+" + digits;
    }

    private static string AddressOf(string url)
    {
        var address = url.Contains("://") ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        return address.TrimEnd('/', '.', ',').ToLowerInvariant().Replace("www.", "");
    }
}
