using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// The alert board's read model: the current state plus what listing filters on and the SLA sweeper looks for.
/// Written in the same transaction as the events, so the board never shows a version the stream does not have,
/// and a deadline survives any restart. <see cref="Audience"/> is what <see cref="AlertAudience"/> computed, stored so that lists and
/// counts filter on it in SQL; <see cref="Unit"/> is a content alert's screening unit (its border post is then empty);
/// <see cref="AudienceSettled"/> is false (or absent, in views stored before audiences existed)
/// until the migration settles the alert's audience.
/// </summary>
public sealed record AlertView(
    Guid Id,
    Alert Alert,
    string Status,
    string Severity,
    int SeverityRank,
    string BorderPost,
    Guid EntryId,
    IReadOnlyList<string> Lists,
    string Category,
    string Action,
    string OwnerAgency,
    IReadOnlyList<string> Audience,
    bool AudienceSettled,
    DateTimeOffset? SlaDeadline,
    string SortKey,
    string? Unit = null)
{
    public static AlertView From(Alert a) => new(a.Id, a, ApiNames.Of(a.Status), ApiNames.Of(a.Severity), (int)a.Severity,
        a.Facts.BorderPost, a.Facts.EntryId, a.Facts.Lists, a.Facts.Category, a.Facts.Action, a.Facts.OwnerAgency, a.Audience.Agencies,
        a.Facts.Audience is not null, a.SlaDeadline,
        // Fixed width, so that comparing keys as text orders alerts by raising time, then id.
        $"{a.RaisedAt.UtcTicks:D19}-{a.Id:N}", a.Facts.Unit);

    /// <summary>The view an alert's stream gives, for <c>./run.sh rebuild</c>.</summary>
    public static AlertView? Rebuilt(IReadOnlyList<object> events) =>
        AlertDecider.Fold(events.OfType<IAlertEvent>()) is { } alert ? From(alert) : null;
}
