namespace Watchlist.Gateway.GraphQL.Services;

// The alerts service's JSON, as GET /api/alerts/{id} and /history answer it. Enumerations stay the wire strings.

public sealed record AlertData(
    Guid Id, int Version, string Status, string Severity, int EscalationLevel, Guid EntryId, int EntryVersion, string EntryName,
    string? MatchedName, string Action, string Category, IReadOnlyList<string> Lists, string? BorderPost, ScreenedTravellerData Traveller,
    double Score, string Band, IReadOnlyList<Guid> ScreeningIds, int HitCount, int RepeatsWhileResolved, DateTimeOffset RaisedAt,
    DateTimeOffset LastHitAt, DateTimeOffset? SlaDeadline, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? Assignee,
    string? Outcome, string? ResolutionNote, string? ResolvedBy, DateTimeOffset? ResolvedAt, bool Retro, string OwnerAgency,
    IReadOnlyList<string> ReleasableTo, DateTimeOffset ChangedAt, string? Unit = null, string? Post = null);

public sealed record ScreenedTravellerData(IReadOnlyList<string> Names, string? BirthDate, string? Gender, string? Nationality,
    IReadOnlyList<ScreenedDocumentData> Documents, IReadOnlyList<ScreenedIdentifierData> Identifiers);

public sealed record ScreenedDocumentData(string? Type, string Number, string? Country);

public sealed record ScreenedIdentifierData(string Type, string Value, string? Platform);

public sealed record AlertChangeData(int Version, string Type, DateTimeOffset At, string Actor, string? Agency, string? CorrelationId,
    string Status, System.Text.Json.JsonElement Details);
