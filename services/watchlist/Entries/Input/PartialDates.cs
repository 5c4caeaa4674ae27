using System.Globalization;

namespace Watchlist.WatchlistService.Entries.Input;

/// <summary>Dates of birth as API.md writes them: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, and real.</summary>
public static class PartialDates
{
    public static bool IsValid(string? value, DateOnly today)
    {
        if (value is null) return false;
        var formats = value.Length switch { 4 => "yyyy", 7 => "yyyy-MM", 10 => "yyyy-MM-dd", _ => null };
        return formats is not null
            && DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 1850 && date <= today;
    }
}
