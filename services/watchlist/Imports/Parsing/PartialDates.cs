using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>A date known to the year, the month or the day, written <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
internal readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => $"{Year:D4}-{m:D2}",
        (int m, int d) => $"{Year:D4}-{m:D2}-{d:D2}",
    };

    public PartialDate YearOnly => new(Year, null, null);
}

/// <summary>
/// Turns the lists' birth dates into partial dates. An approximate date becomes its year (the matcher
/// allows a year either side); a range becomes every year in it, unless it is too wide to mean anything.
/// </summary>
internal static partial class PartialDates
{
    /// <summary>The widest range we expand. A wider one says little, and its many years would match nearly anyone.</summary>
    public const int MaxRangeYears = 15;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Parses the text after OFAC's <c>DOB</c>: <c>08 Jun 1973</c>, <c>Feb 1972</c>, <c>1965</c>, <c>circa 1965</c>,
    /// <c>1960 to 1962</c>, <c>01 Jan 1960 to 31 Dec 1962</c>, <c>circa 1955-1957</c>. Returns null when it is none of these.
    /// </summary>
    public static IReadOnlyList<string>? ParseOfac(string text)
    {
        var match = OfacDob().Match(text.Trim());
        if (!match.Success)
            return null;
        var from = OfacDate(match.Groups["from"].Value);
        if (from is null)
            return null;
        var circa = match.Groups["circa"].Success;
        if (!match.Groups["to"].Success)
            return [(circa ? from.Value.YearOnly : from.Value).ToString()];
        var to = OfacDate(match.Groups["to"].Value);
        return to is null ? null : Range(from.Value, to.Value);
    }

    /// <summary>Parses an ISO date (<c>1958-02-22</c>), tolerating zero month or day (<c>1958-00-00</c>) as unknown.</summary>
    public static PartialDate? ParseIso(string? text)
    {
        var match = IsoDate().Match(text?.Trim() ?? "");
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        return Create(year, month, day);
    }

    public static PartialDate? ParseYear(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? Create(year, 0, 0) : null;

    /// <summary>
    /// A range as partial dates: one value when both ends share a month or a year, else each year from
    /// <paramref name="from"/> to <paramref name="to"/>; nothing when reversed or wider than <see cref="MaxRangeYears"/>.
    /// </summary>
    public static IReadOnlyList<string> Range(PartialDate from, PartialDate to)
    {
        if (from == to)
            return [from.ToString()];
        if (from.Year == to.Year)
            return [(from.Month is not null && from.Month == to.Month ? new PartialDate(from.Year, from.Month, null) : from.YearOnly)
                .ToString()];
        if (to.Year < from.Year || to.Year - from.Year + 1 > MaxRangeYears)
            return [];
        return Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => new PartialDate(y, null, null).ToString()).ToList();
    }

    /// <summary>Parses <c>08 Jun 1973</c>, <c>Jun 1973</c> or <c>1973</c>.</summary>
    private static PartialDate? OfacDate(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var year = int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : -1;
        var month = parts.Length >= 2 ? Array.IndexOf(Months, parts[^2][..Math.Min(3, parts[^2].Length)].ToLowerInvariant()) + 1 : 0;
        var day = parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        if (parts.Length >= 2 && month == 0 || parts.Length == 3 && day == 0)
            return null;
        return Create(year, month, day);
    }

    private static PartialDate? Create(int year, int month, int day)
    {
        if (year is < 1800 or > 2200 || month is < 0 or > 12)
            return null;
        if (month == 0)
            return new PartialDate(year, null, null);
        if (day == 0)
            return new PartialDate(year, month, null);
        return day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    // "[circa ]<date>[ to <date>]" or "[circa ]YYYY-YYYY"; a date is "[DD ]Mon YYYY" or "YYYY".
    [GeneratedRegex(
        @"^(?<circa>(?:circa|approx(?:imately|\.)?|about)\s+)?(?<from>(?:\d{1,2}\s+)?(?:[A-Za-z]{3,9}\.?\s+)?\d{4})" +
        @"(?:\s*(?:to|-|–)\s*(?<to>(?:\d{1,2}\s+)?(?:[A-Za-z]{3,9}\.?\s+)?\d{4}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfacDob();

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?:[T ].*|[+-]\d{2}:\d{2}|Z)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
