using Watchlist.Alerts.Alerts;

namespace Watchlist.Alerts.Sla;

/// <summary>
/// Acknowledgement deadlines per severity (<c>Alerts:Sla:CRITICAL</c> … <c>LOW</c>, as TimeSpans), how often the sweeper
/// looks (<c>Alerts:Sla:SweepInterval</c>) and how many automatic escalations an alert gets (<c>Alerts:Sla:MaxLevel</c>).
/// </summary>
public sealed record SlaSettings(IReadOnlyDictionary<AlertSeverity, TimeSpan> Deadlines, TimeSpan SweepInterval, int MaxLevel)
{
    private static readonly Dictionary<AlertSeverity, TimeSpan> Defaults = new()
    {
        [AlertSeverity.Critical] = TimeSpan.FromMinutes(1),
        [AlertSeverity.High] = TimeSpan.FromMinutes(5),
        [AlertSeverity.Medium] = TimeSpan.FromMinutes(30),
        [AlertSeverity.Low] = TimeSpan.FromHours(4),
    };

    public DateTimeOffset DeadlineFrom(DateTimeOffset now, AlertSeverity severity) => now + Deadlines[severity];

    public static SlaSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Alerts:Sla");
        var deadlines = Defaults.ToDictionary(d => d.Key, d => Read(section, Watchlist.ServiceDefaults.Json.ApiNames.Of(d.Key), d.Value));
        return new SlaSettings(deadlines, Read(section, "SweepInterval", TimeSpan.FromSeconds(1)), section.GetValue("MaxLevel", 3));
    }

    private static TimeSpan Read(IConfigurationSection section, string key, TimeSpan fallback)
    {
        var raw = section[key];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        return TimeSpan.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new InvalidOperationException($"Alerts:Sla:{key} must be a positive TimeSpan such as 00:05:00, not '{raw}'.");
    }
}
