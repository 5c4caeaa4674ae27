namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// What one unsaved session has already done to alerts, which a lightweight session cannot read back: the alerts it
/// raised or counted, by dedup key (a retro scan may count several crossings of one traveller on one alert), the
/// entries whose false-positive memory it ended (an amendment ends the memory and re-screens in one transaction), and which
/// screenings alerts have counted (<see cref="CountedScreening"/>), as read in bulk for a group and as this session counts them.
/// </summary>
public sealed class SessionAlerts
{
    public Dictionary<string, Alert> ByKey { get; } = [];

    public HashSet<Guid> MemoryEndedFor { get; } = [];

    /// <summary>(alert, screening) pairs counted: read for <see cref="ScreeningsRead"/>, or counted by this session.</summary>
    public HashSet<(Guid Alert, Guid Screening)> Counted { get; } = [];

    /// <summary>Screenings whose records were all read into <see cref="Counted"/>: not looked up again one by one.</summary>
    public HashSet<Guid> ScreeningsRead { get; } = [];
}
