using Watchlist.Contracts.Alerts;

namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// What the notifications service needs of an alert event, whichever of the two contracts carried it:
/// the fields a filter routes on, the fields that restrict who may see it, and the fields a subscriber is shown.
/// </summary>
public sealed record AlertNotice(
    Guid AlertId, int AlertVersion, string Kind, string Status, string Severity, string BorderPost, string EntryName,
    string Action, IReadOnlyList<string> Lists, string Category, IReadOnlyList<string> ReleasableTo, string OwnerAgency, DateTimeOffset At)
{
    public static AlertNotice From(AlertRaised m) => new(m.AlertId, m.AlertVersion, "RAISED", m.Status, m.Severity, m.BorderPost,
        m.EntryName, m.Action, m.Lists ?? [], m.Category, m.ReleasableTo ?? [], m.OwnerAgency, m.At);

    public static AlertNotice From(AlertChanged m) => new(m.AlertId, m.AlertVersion, "CHANGED", m.Status, m.Severity, m.BorderPost,
        m.EntryName, m.Action, m.Lists ?? [], m.Category, m.ReleasableTo ?? [], m.OwnerAgency, m.At);

    /// <summary>API.md: a caller whose agency is not in releasableTo never sees the alert; the owner always may.</summary>
    public bool IsReleasableTo(string agency) =>
        ReleasableTo.Contains("*") || ReleasableTo.Contains(agency, StringComparer.OrdinalIgnoreCase)
        || string.Equals(OwnerAgency, agency, StringComparison.OrdinalIgnoreCase);
}
