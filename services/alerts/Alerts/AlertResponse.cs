using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// An alert as API.md shows it, plus escalation level, retro, lists, category, what the resolver noted, and the agency whose
/// screening raised it (with the entry's owner, the only agencies that see it). A content alert has no border post: its
/// <c>unit</c> (the cyber unit that screened the post) and <c>post</c> (the post's URL, or <c>sha256:</c> and its text's hash).
/// <c>releasableTo</c> is the entry's as of its latest hit. <c>screeningIds</c> are the screening that raised the alert and the
/// latest ones it counted, at most <see cref="Alert.KeptScreenings"/> (decision 0092); <c>hitCount</c> counts every one, and the
/// history lists every one.
/// </summary>
public sealed record AlertResponse(
    Guid Id, int Version, AlertStatus Status, AlertSeverity Severity, int EscalationLevel,
    Guid EntryId, int EntryVersion, string EntryName, string? MatchedName, string Action, string Category, IReadOnlyList<string> Lists,
    string? BorderPost, TravellerSnapshot Traveller, double Score, string Band, IReadOnlyList<Guid> ScreeningIds, int HitCount,
    int RepeatsWhileResolved, DateTimeOffset RaisedAt, DateTimeOffset LastHitAt, DateTimeOffset? SlaDeadline,
    string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? Assignee, AlertOutcome? Outcome, string? ResolutionNote,
    string? ResolvedBy, DateTimeOffset? ResolvedAt, bool Retro, string OwnerAgency, IReadOnlyList<string> ReleasableTo,
    DateTimeOffset ChangedAt, string? ScreeningAgency, string? Unit, string? Post)
{
    public static AlertResponse From(Alert a)
    {
        var f = a.Facts;
        return new(a.Id, a.Version, a.Status, a.Severity, a.EscalationLevel, f.EntryId, f.EntryVersion, f.EntryName, f.MatchedName,
            f.Action, f.Category, f.Lists, f.ShownBorderPost, f.Traveller, f.Score, f.Band, a.ScreeningIds, a.HitCount,
            a.RepeatsWhileResolved,
            a.RaisedAt, a.LastHitAt, a.SlaDeadline, a.AcknowledgedBy, a.AcknowledgedAt, a.Assignee, a.Outcome, a.ResolutionNote,
            a.ResolvedBy, a.ResolvedAt, f.Retro, f.OwnerAgency, f.ReleasableTo, a.ChangedAt, f.ScreeningAgency, f.Unit, f.Post);
    }
}
