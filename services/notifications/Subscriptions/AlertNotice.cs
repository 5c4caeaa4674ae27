using Watchlist.Contracts.Alerts;

namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// What the notifications service needs of an alert event, whichever of the two contracts carried it:
/// the fields a filter routes on (a border alert's <see cref="BorderPost"/>, a content alert's <see cref="Unit"/>), who may see
/// it (<see cref="Audience"/>, and nothing else decides that), and the fields a subscriber is shown.
/// </summary>
public sealed record AlertNotice(
    Guid AlertId, int AlertVersion, string Kind, string ChangeType, string Status, string Severity, string? BorderPost, string EntryName,
    string Action, IReadOnlyList<string> Lists, string Category, AlertAudience Audience, DateTimeOffset At, string? Unit = null)
{
    /// <summary>The change by which the migration fixed the audience of an alert stored before audiences existed.</summary>
    public const string AudienceSettled = "AUDIENCE_SETTLED";

    // A message without an audience was published before audiences existed: it reaches nobody.
    public static AlertNotice From(AlertRaised m) => new(
        m.AlertId, m.AlertVersion, "RAISED", m.ChangeType ?? "RAISED", m.Status, m.Severity,
        PostOf(m.BorderPost, m.Unit), m.EntryName, m.Action, m.Lists ?? [], m.Category, m.Audience ?? AlertAudience.Nobody, m.At,
        m.Unit);

    public static AlertNotice From(AlertChanged m) => new(
        m.AlertId, m.AlertVersion, "CHANGED", m.ChangeType ?? "CHANGED", m.Status, m.Severity,
        PostOf(m.BorderPost, m.Unit), m.EntryName, m.Action, m.Lists ?? [], m.Category, m.Audience ?? AlertAudience.Nobody, m.At,
        m.Unit);

    /// <summary>A content alert travels with an empty border post and its unit; a subscriber sees no border post for it.</summary>
    private static string? PostOf(string? borderPost, string? unit) => unit is null ? borderPost : null;
}
