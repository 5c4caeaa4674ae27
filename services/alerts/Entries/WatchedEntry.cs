namespace Watchlist.Alerts.Entries;

/// <summary>
/// What the alerts service knows of a watchlist entry: enough to name it on an alert, decide who
/// may see the alert, and the whole snapshot with the time of its last change, to re-screen crossings that arrive late.
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
    Contracts.Entries.EntrySnapshot? Snapshot = null);
