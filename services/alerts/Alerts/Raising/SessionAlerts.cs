namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// What one unsaved session has already done to alerts, which a lightweight session cannot read back: the alerts it
/// raised or counted, by dedup key (a retro scan may count several crossings of one traveller on one alert), and the
/// entries whose false-positive memory it ended (an amendment ends the memory and re-screens in one transaction).
/// </summary>
public sealed class SessionAlerts
{
    public Dictionary<string, Alert> ByKey { get; } = [];

    public HashSet<Guid> MemoryEndedFor { get; } = [];
}
