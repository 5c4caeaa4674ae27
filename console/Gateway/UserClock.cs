using System.Globalization;

namespace Watchlist.WebConsole.Gateway;

/// <summary>Times in the post's or user's zone (Asia/Ho_Chi_Minh for Vietnam); the UTC instant goes on hover.</summary>
public sealed class UserClock(string zoneId)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public string Format(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>"12:05 left" or "overdue 3:10", to the second.</summary>
    public static string Countdown(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        var abs = left.Duration();
        var text = abs.TotalHours >= 1 ? $"{(int)abs.TotalHours}:{abs.Minutes:D2}:{abs.Seconds:D2}" : $"{abs.Minutes}:{abs.Seconds:D2}";
        return left >= TimeSpan.Zero ? $"{text} left" : $"overdue {text}";
    }
}
