namespace Watchlist.Alerts.Entries;

/// <summary>
/// What the alerts service knows of a watchlist entry: enough to name it on an alert, decide who
/// may see the alert, and the whole snapshot with the time of its last change, to re-screen crossings that arrive late.
/// <paramref name="ListPosition"/> is the list position of the change that made this version (<see cref="Retro.RetroPairs"/>):
/// a crossing answered below it is checked against this entry when it arrives.
/// </summary>
public sealed record WatchedEntry(
    Guid Id,
    int Version,
    string Status,
    string PrimaryName,
    string Action,
    string Severity,
    string Category,
    IReadOnlyList<string> Lists,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    int ChangesSeen,
    DateTimeOffset? ChangedAt = null,
    Contracts.Entries.EntrySnapshot? Snapshot = null,
    long ListPosition = 0);
