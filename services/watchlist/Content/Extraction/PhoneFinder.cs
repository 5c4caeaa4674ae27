using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>Phone numbers in any written form, found by libphonenumber's own finder, never by hand-written patterns.</summary>
internal static partial class PhoneFinder
{
    private const int MinDigits = 6;
    private const int LongestNumber = 15; // E.164
    // A window of the text the finder reads at once: about five numbers written side by side, overlapping the next window
    // by more than the groups of any one number. The finder's cost grows faster than the text it is given, so a post of
    // 100,000 digits is read in windows, never whole.
    private const int WindowGroups = 30;
    private const int WindowStep = 20;
    private const long MaxTries = 1_000;
    private const int ShortestNumber = 8; // digits of the shortest mobile number, trunk prefix included, in the region
    private const int MaxSplitTries = 500; // per post: splitting is for a few numbers side by side, not for pages of digits
    // Per post: 10,000 groups of digits, pages of them. What lies beyond is not read for phones (a known limit, in the README);
    // without it one request of 100,000 digits would keep a core busy for seconds.
    private const int MaxWindows = 500;
    private const int MaxNumbers = 500; // per post: a post naming more numbers is a directory; its first 500 are read
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    [GeneratedRegex(@"[^ \t\u00A0\u2009\u202F]+")]
    private static partial Regex GroupOfCharacters();

    /// <summary>
    /// Numbers valid for their country (leniency VALID): a salary of "15.000.000" or a date is not a valid number anywhere,
    /// while "0912.345.678" and "+84 912 345 678" are. Without a region only international numbers are found.
    /// </summary>
    public static IEnumerable<string> Find(string text, string? region)
    {
        var found = new List<(int Start, string E164)>();
        var splitTries = new[] { MaxSplitTries };
        var windows = 0;
        foreach (var (start, end) in Runs(text))
            foreach (var (from, to) in Windows(text, start, end))
            {
                if (++windows > MaxWindows || found.Count >= MaxNumbers) return found.OrderBy(f => f.Start).Select(f => f.E164);
                // One character either side, so the finder still sees a letter or currency sign touching the number.
                var (before, after) = (Math.Max(0, from - 1), Math.Min(text.Length, to + 1));
                foreach (var (at, e164) in InWindow(text[before..after], region, splitTries)) found.Add((before + at, e164));
            }
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
    /// What the finder accepts in a window; then, where it left many digits unread, the window split at its spaces: two
    /// numbers with only a space between them ("0967 880 570 0857713805") read to the finder as one over-long candidate,
    /// which it drops, while the longest run of groups it accepts whole is one number.
    /// </summary>
    private static List<(int At, string E164)> InWindow(string window, string? region, int[] splitTries)
    {
        var found = FindWhole(window, region);
        var covered = new bool[window.Length];
        foreach (var (at, length, _) in found) Array.Fill(covered, true, at, length);
        var uncovered = window.Where((c, i) => char.IsDigit(c) && !covered[i]).Count();
        var numbers = found.Select(f => (f.At, f.E164)).ToList();
        if (uncovered <= LongestNumber / 2) return numbers;
        var groups = GroupOfCharacters().Matches(window).Select(g => (Start: g.Index, End: g.Index + g.Length)).ToList();
        for (var i = 0; i < groups.Count;)
        {
            var taken = 0;
            for (var j = Math.Min(groups.Count, i + 6); j > i && taken == 0; j--)
            {
                if (Enumerable.Range(groups[i].Start, groups[j - 1].End - groups[i].Start).All(k => covered[k])) continue;
                var part = window[groups[i].Start..groups[j - 1].End];
                if (part.Count(char.IsDigit) is < ShortestNumber or > LongestNumber || --splitTries[0] < 0) continue;
                if (FindWhole(part, region) is not [var whole] || whole.Length != part.Length) continue;
                taken = j - i;
                numbers.Add((groups[i].Start, whole.E164));
            }
            i += Math.Max(taken, 1);
        }
        return numbers;
    }

    private static List<(int At, int Length, string E164)> FindWhole(string text, string? region) =>
        Util.FindNumbers(text, region ?? "ZZ", PhoneNumberUtil.Leniency.VALID, MaxTries)
            .Select(m => (m.Start, m.Length, Util.Format(m.Number, PhoneNumberFormat.E164))).ToList();

    /// <summary>Stretches of characters a phone number is written with, holding digits enough for one; the prose between
    /// them is most of a post, and the finder need not read it.</summary>
    private static IEnumerable<(int Start, int End)> Runs(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!IsNumberCharacter(text[i])) { i++; continue; }
            var start = i;
            var digits = 0;
            for (; i < text.Length && IsNumberCharacter(text[i]); i++)
                if (char.IsDigit(text[i])) digits++;
            if (digits >= MinDigits) yield return (start, i);
        }
    }

    private static IEnumerable<(int From, int To)> Windows(string text, int start, int end)
    {
        var groups = GroupOfCharacters().Matches(text[start..end]).Select(g => (Start: start + g.Index, End: start + g.Index + g.Length))
            .ToList();
        if (groups.Count <= WindowGroups) { yield return (start, end); yield break; }
        for (var first = 0; first < groups.Count; first += WindowStep)
        {
            var last = Math.Min(groups.Count, first + WindowGroups) - 1;
            yield return (groups[first].Start, groups[last].End);
            if (last == groups.Count - 1) yield break;
        }
    }

    private static bool IsNumberCharacter(char c) => char.IsDigit(c) || c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '.' or '-'
        or '‐' or '–' or '(' or ')' or '+' or '/' or '[' or ']';
}
