using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>Phone numbers in any written form, found by libphonenumber's own finder, never by hand-written patterns.</summary>
internal static partial class PhoneFinder
{
    private const int LongestNumber = 15; // E.164
    private const int MinDigits = 6;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // Only to locate stretches of digits longer than one number ("0967 880 570 0857713805"); what a number is stays the finder's.
    [GeneratedRegex(@"\+?\d[\d \t.\-()]{14,}\d")]
    private static partial Regex DigitStretch();

    /// <summary>
    /// Numbers valid for their country (leniency VALID): a salary of "15.000.000" or a date is not a valid number anywhere,
    /// while "0912.345.678" and "+84 912 345 678" are. Without a region only international numbers are found.
    /// </summary>
    public static IEnumerable<string> Find(string text, string? region)
    {
        var found = new List<(int Start, int End, string E164)>();
        // Line by line, and only lines with digits enough for a number: most of a post is prose the finder need not read.
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
            if (DigitCount(text, start, end) >= MinDigits)
                foreach (var match in Util.FindNumbers(text[start..end], region ?? "ZZ", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
                    found.Add((start + match.Start, start + match.Start + match.Length, Util.Format(match.Number, PhoneNumberFormat.E164)));
            start = end + 1;
        }
        foreach (Match stretch in DigitStretch().Matches(text))
            if (Uncovered(stretch, found) > LongestNumber / 2) found.AddRange(Split(stretch, region));
        return found.OrderBy(f => f.Start).Select(f => f.E164);
    }

    /// <summary>A number written inside a link (zalo.me/0912345678, wa.me/84912345678), read as the finder would read it.</summary>
    public static string? Parse(string digits, string? region)
    {
        try
        {
            var number = Util.Parse(digits, region ?? "ZZ");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// Two numbers written one after the other with only a space between them read to the finder as one over-long
    /// candidate, which it drops. Split at the spaces, the finder reads each part: the longest run of groups it accepts
    /// whole is one number.
    /// </summary>
    private static IEnumerable<(int, int, string)> Split(Match stretch, string? region)
    {
        var groups = new List<(int Start, int End)>();
        foreach (Match g in GroupOfDigits().Matches(stretch.Value)) groups.Add((stretch.Index + g.Index, stretch.Index + g.Index + g.Length));
        for (var i = 0; i < groups.Count;)
        {
            var taken = 0;
            for (var j = Math.Min(groups.Count, i + 6); j > i && taken == 0; j--)
            {
                var start = groups[i].Start;
                var part = stretch.Value[(start - stretch.Index)..(groups[j - 1].End - stretch.Index)];
                var whole = Util.FindNumbers(part, region ?? "ZZ", PhoneNumberUtil.Leniency.VALID, long.MaxValue)
                    .FirstOrDefault(m => m.Start == 0 && m.Length == part.Length);
                if (whole is null) continue;
                taken = j - i;
                yield return (start, groups[j - 1].End, Util.Format(whole.Number, PhoneNumberFormat.E164));
            }
            i += Math.Max(taken, 1);
        }
    }

    [GeneratedRegex(@"[^ \t]+")]
    private static partial Regex GroupOfDigits();

    private static int DigitCount(string text, int start, int end)
    {
        var digits = 0;
        for (var i = start; i < end; i++)
            if (char.IsDigit(text[i])) digits++;
        return digits;
    }

    private static int Uncovered(Match stretch, List<(int Start, int End, string E164)> found)
    {
        var uncovered = 0;
        for (var i = stretch.Index; i < stretch.Index + stretch.Length; i++)
            if (char.IsAsciiDigit(stretch.Value[i - stretch.Index]) && !found.Any(f => f.Start <= i && i < f.End)) uncovered++;
        return uncovered;
    }
}
