using System.Globalization;

namespace Watchlist.WebConsole.Gateway;

/// <summary>
/// Times in the user's zone (their choice, kept in a cookie; else <c>Console:TimeZone</c>, Asia/Ho_Chi_Minh), or in a border
/// post's own zone where a page shows both; the UTC instant goes on hover. One per open console (circuit).
/// </summary>
public sealed class UserClock(TimeZoneInfo fallback)
{
    public TimeZoneInfo Zone { get; private set; } = fallback;

    /// <summary>The user's chosen zone, when it is one this machine knows; otherwise the default stays.</summary>
    public void Use(string? zoneId)
    {
        if (TimeZones.Find(zoneId) is { } zone) Zone = zone;
    }

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public string Format(DateTimeOffset at) => Format(at, Zone);

    public static string Format(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>How far the deadline is, either way, to the second: "12:05", or "1:02:03" past an hour (the page says
    /// "left" or "overdue" in the user's language).</summary>
    public static string Remaining(DateTimeOffset deadline, DateTimeOffset now)
    {
        var abs = (deadline - now).Duration();
        return abs.TotalHours >= 1 ? $"{(int)abs.TotalHours}:{abs.Minutes:D2}:{abs.Seconds:D2}" : $"{abs.Minutes}:{abs.Seconds:D2}";
    }
}
