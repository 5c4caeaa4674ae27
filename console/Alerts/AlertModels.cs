using System.Text.Json;

namespace Watchlist.WebConsole.Alerts;

/// <summary>An alert as <c>GET /api/alerts</c> answers it (the fields the console shows).</summary>
public sealed record Alert(
    Guid Id, int Version, string Status, string Severity, int EscalationLevel, Guid EntryId, int EntryVersion, string EntryName,
    string? MatchedName, string Action, string Category, IReadOnlyList<string> Lists, string? BorderPost, ScreenedTraveller Traveller,
    double Score, string Band, IReadOnlyList<Guid> ScreeningIds, int HitCount, DateTimeOffset RaisedAt, DateTimeOffset LastHitAt,
    DateTimeOffset? SlaDeadline, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? Assignee, string? Outcome,
    string? ResolutionNote, string? ResolvedBy, DateTimeOffset? ResolvedAt, bool Retro, string OwnerAgency, string? ScreeningAgency,
    string? Unit = null, string? Post = null)
{
    /// <summary>Where the hit happened: the border post, or the unit that screened a post (a content alert).</summary>
    public string? Place => BorderPost ?? Unit;

    /// <summary>The SLA clock runs until someone acknowledges the alert; escalation restarts it.</summary>
    public bool SlaRunning => Status is AlertStatuses.Open or AlertStatuses.Escalated && SlaDeadline is not null;
}

public sealed record ScreenedTraveller(
    IReadOnlyList<string> Names, string? BirthDate, string? Gender, string? Nationality,
    IReadOnlyList<ScreenedDocument> Documents, IReadOnlyList<ScreenedIdentifier> Identifiers);

public sealed record ScreenedDocument(string? Type, string Number, string? Country);

public sealed record ScreenedIdentifier(string Type, string Value, string? Platform);

public sealed record AlertPage(IReadOnlyList<Alert> Items, string? NextCursor);

/// <summary>One change of an alert's history.</summary>
public sealed record AlertChange(int Version, string Type, DateTimeOffset At, string Actor, string? Agency, string Status,
    IReadOnlyDictionary<string, JsonElement>? Details);

public static class AlertStatuses
{
    public const string Open = "OPEN";
    public const string Acknowledged = "ACKNOWLEDGED";
    public const string Escalated = "ESCALATED";
    public const string Resolved = "RESOLVED";
    public static readonly string[] All = [Open, Acknowledged, Escalated, Resolved];
}

public static class Severities
{
    public static readonly string[] All = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
}

public static class Outcomes
{
    public static readonly string[] All = ["CONFIRMED_MATCH", "FALSE_POSITIVE", "ACTION_TAKEN", "NO_ACTION"];
}
