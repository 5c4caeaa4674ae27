namespace Watchlist.Gateway.GraphQL.Services;

// The watchlist service's JSON, as GET /api/entries/{id} and /history answer it. Enumerations stay the
// SCREAMING_SNAKE_CASE strings of the wire; the enum graph types (Entries/Vocabulary) name the allowed ones.

public sealed record EntryData(
    Guid Id, int Version, string Status, string Kind, IReadOnlyList<EntryNameData> Names, IReadOnlyList<string> BirthDates,
    string? Gender, IReadOnlyList<string> Nationalities, IReadOnlyList<TravelDocumentData> Documents,
    IReadOnlyList<OnlineIdentifierData> Identifiers,
    IReadOnlyList<string> Lists, string Category, string Action, string Severity, string OwnerAgency, IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, DateOnly? ReviewBy, EntrySourceData Source, string? Remarks,
    DateTimeOffset ListedAt, DateTimeOffset ChangedAt, bool ReviewOverdue = false);

public sealed record EntryNameData(string Value, string Type);

public sealed record TravelDocumentData(string Type, string Number, string? Country, string? ExpiresOn);

public sealed record OnlineIdentifierData(string Type, string Value, string? Platform);

public sealed record EntrySourceData(string Dataset, string? Reference);

public sealed record EntryChangeData(int Version, string Type, DateTimeOffset At, string Actor, string? Agency, string? Reason,
    string? CorrelationId, IReadOnlyDictionary<string, FieldChangeData> Changes);

public sealed record FieldChangeData(System.Text.Json.JsonElement From, System.Text.Json.JsonElement To);
