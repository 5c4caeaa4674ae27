namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// An entry as API.md shows it; the status is the one in force at the moment asked about. <c>pending</c> is the listing or
/// delisting that waits for a second admin on a four-eyes list, with its makers (who may not approve it), or null.
/// </summary>
public sealed record EntryResponse(
    Guid Id, int Version, EntryStatus Status, EntryKind Kind, IReadOnlyList<EntryName> Names, IReadOnlyList<string> BirthDates,
    Gender? Gender, IReadOnlyList<string> Nationalities, IReadOnlyList<TravelDocument> Documents,
    IReadOnlyList<OnlineIdentifier> Identifiers, IReadOnlyList<string> Lists, Category Category, EntryAction Action, Severity Severity,
    string OwnerAgency, IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, DateOnly? ReviewBy, EntrySource Source, string? Remarks,
    DateTimeOffset ListedAt, DateTimeOffset ChangedAt, bool ReviewOverdue = false, PendingRequest? Pending = null)
{
    public static EntryResponse From(Entry e, DateTimeOffset at)
    {
        var d = e.Details;
        return new(e.Id, e.Version, e.StatusAt(at), d.Kind, d.Names, d.BirthDates, d.Gender, d.Nationalities, d.Documents, d.Identifiers,
            d.Lists, d.Category, d.Action, d.Severity, d.OwnerAgency, d.ReleasableTo, d.ValidFrom, d.ValidUntil, d.ReviewBy, d.Source,
            d.Remarks, e.ListedAt, e.ChangedAt, Governance.Review.ReviewDue.IsOverdue(e, at), e.Pending);
    }
}
