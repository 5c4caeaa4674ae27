using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// The alert board's read model: the current state plus what listing filters on and the SLA sweeper looks for.
/// Written in the same transaction as the events, so the board never shows a version the stream does not have,
/// and a deadline survives any restart.
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
    IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? SlaDeadline,
    string SortKey)
{
    public static AlertView From(Alert a) => new(a.Id, a, ApiNames.Of(a.Status), ApiNames.Of(a.Severity), (int)a.Severity,
        a.Facts.BorderPost, a.Facts.EntryId, a.Facts.Lists, a.Facts.Category, a.Facts.Action, a.Facts.OwnerAgency, a.Facts.ReleasableTo,
        a.SlaDeadline,
        // Fixed width, so that comparing keys as text orders alerts by raising time, then id.
        $"{a.RaisedAt.UtcTicks:D19}-{a.Id:N}");
}
