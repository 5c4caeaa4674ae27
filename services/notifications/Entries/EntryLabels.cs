namespace Watchlist.Notifications.Entries;

/// <summary>
/// The labels of a watchlist entry that subscription filters select on (lists, category, action)
/// and the agencies it is released to, so that a notification never reaches an agency that may
/// not see the entry.
/// </summary>
public sealed record EntryLabels(
    Guid Id,
    int Version,
    IReadOnlyList<string> Lists,
    string Category,
    string Action,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    int ChangesSeen);
