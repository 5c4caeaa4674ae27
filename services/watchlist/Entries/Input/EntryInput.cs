namespace Watchlist.WatchlistService.Entries.Input;

/// <summary>
/// An entry as an admin writes it: the body of <c>POST /api/entries</c>, and the document a
/// merge patch is applied to. Everything is optional here; <see cref="EntryValidator"/> says what is missing.
/// </summary>
public sealed record EntryInput(
    EntryKind? Kind = null,
    IReadOnlyList<EntryName>? Names = null,
    IReadOnlyList<string>? BirthDates = null,
    Gender? Gender = null,
    IReadOnlyList<string>? Nationalities = null,
    IReadOnlyList<TravelDocument>? Documents = null,
    IReadOnlyList<OnlineIdentifier>? Identifiers = null,
    IReadOnlyList<string>? Lists = null,
    Category? Category = null,
    EntryAction? Action = null,
    Severity? Severity = null,
    string? OwnerAgency = null,
    IReadOnlyList<string>? ReleasableTo = null,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null,
    DateOnly? ReviewBy = null,
    EntrySource? Source = null,
    string? Remarks = null)
{
    public static EntryInput From(EntryDetails d) => new(
        d.Kind, d.Names, d.BirthDates, d.Gender, d.Nationalities, d.Documents, d.Identifiers, d.Lists, d.Category, d.Action,
        d.Severity, d.OwnerAgency, d.ReleasableTo, d.ValidFrom, d.ValidUntil, d.ReviewBy, d.Source, d.Remarks);
}
