using System.Text.Json;
using Marten.Linq.MatchesSql;
using Watchlist.Alerts.FalsePositives;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// The SQL side of <see cref="AlertAudience.Includes"/>: membership of the caller's agency in the audience that the rule
/// computed and the documents store. No other filter decides who sees an alert or its false-positive memory. A caller
/// without an agency matches nothing (no audience holds an empty code), and neither does a document stored before
/// audiences existed (it has none).
/// </summary>
public static class AlertVisibility
{
    /// <summary>
    /// Containment on the audience alone, written as its GIN index (<see cref="AlertStore"/>) is: the board has no index over
    /// the whole document (decision 0092).
    /// </summary>
    public static IQueryable<AlertView> VisibleTo(this IQueryable<AlertView> alerts, string? agency)
    {
        var audience = JsonSerializer.Serialize(new[] { agency ?? "" });
        return alerts.Where(v => v.MatchesSql("data -> 'audience' @> ?::jsonb", audience));
    }

    public static IQueryable<FalsePositive> VisibleTo(this IQueryable<FalsePositive> remembered, string? agency)
    {
        var code = agency ?? "";
        return remembered.Where(f => f.Audience!.Contains(code));
    }
}
