namespace Watchlist.Contracts.Entries;

/// <summary>
/// An entry as it stands after a change, complete, so that a consumer (the screening index of
/// another replica, the alerts service) never has to call back into the watchlist service.
/// Enumerations travel as their API names (strings), so a consumer built against an older
/// contract still reads a value it does not know.
/// </summary>
public sealed record EntrySnapshot(
    Guid Id,
    int Version,
    string Status,
    string Kind,
    IReadOnlyList<NameSnapshot> Names,
    IReadOnlyList<string> BirthDates,
    string? Gender,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<DocumentSnapshot> Documents,
    IReadOnlyList<IdentifierSnapshot> Identifiers,
    IReadOnlyList<string> Lists,
    string Category,
    string Action,
    string Severity,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    string SourceDataset,
    string? SourceReference,
    string? Remarks);

public sealed record NameSnapshot(string Value, string Type);

public sealed record DocumentSnapshot(string Type, string Number, string? Country, string? ExpiresOn);

public sealed record IdentifierSnapshot(string Type, string Value, string? Platform);
