namespace Watchlist.WatchlistService.Entries;

/// <summary>An entry as API.md shows it.</summary>
public sealed record EntryResponse(
    Guid Id,
    int Version,
    EntryStatus Status,
    EntryKind Kind,
    IReadOnlyList<EntryName> Names,
    IReadOnlyList<string> Lists,
    Category Category,
    EntryAction Action,
    Severity Severity,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    string? Remarks,
    DateTimeOffset ListedAt,
    DateTimeOffset ChangedAt)
{
    public static EntryResponse From(Entry e) => new(e.Id, e.Version, e.Status, e.Details.Kind, e.Details.Names, e.Details.Lists,
        e.Details.Category, e.Details.Action, e.Details.Severity, e.Details.OwnerAgency, e.Details.ReleasableTo, e.Details.Remarks,
        e.ListedAt, e.ChangedAt);
}
