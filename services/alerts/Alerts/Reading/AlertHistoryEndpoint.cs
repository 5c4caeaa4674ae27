using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Alerts.Alerts.Reading;

/// <summary>One change as the history shows it; <c>details</c> holds what that kind of change says (outcome, reason, text, …).</summary>
public sealed record AlertChangeRecord(int Version, string Type, DateTimeOffset At, string Actor, string? Agency, string? CorrelationId,
    string Status, IReadOnlyDictionary<string, object?> Details);

public static class AlertHistoryEndpoint
{
    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var events = (await session.AlertEventsAsync(id, ct)).Select(e => e.Data).OfType<IAlertEvent>().ToList();
        var current = AlertDecider.Fold(events);
        if (current is null || !current.IsVisibleTo(user.AgencyOf())) return AlertProblems.NotFound(id);
        return Results.Ok(History(events));
    }

    /// <summary>Every change, oldest first, with the status it left the alert in.</summary>
    public static IReadOnlyList<AlertChangeRecord> History(IEnumerable<IAlertEvent> events)
    {
        var changes = new List<AlertChangeRecord>();
        Alert? state = null;
        foreach (var e in events)
        {
            state = AlertDecider.Evolve(state, e)!;
            changes.Add(new AlertChangeRecord(state.Version, TypeOf(e), e.Change.At, e.Change.Actor, e.Change.Agency,
                e.Change.CorrelationId, ApiNames.Of(state.Status), Details(e)));
        }
        return changes;
    }

    /// <summary>AlertAcknowledged → ACKNOWLEDGED, HitRepeated → HIT_REPEATED.</summary>
    public static string TypeOf(IAlertEvent e)
    {
        var name = e.GetType().Name;
        return ApiNames.Policy.ConvertName(name.StartsWith("Alert", StringComparison.Ordinal) ? name["Alert".Length..] : name);
    }

    private static Dictionary<string, object?> Details(IAlertEvent e) => e switch
    {
        AlertRaised r => new()
        {
            ["screeningId"] = r.Hit.ScreeningId, ["severity"] = ApiNames.Of(r.Severity),
            ["slaDeadline"] = r.SlaDeadline, ["retro"] = r.Facts.Retro
        },
        HitRepeated h => new() { ["screeningId"] = h.Hit.ScreeningId, ["whileResolved"] = h.WhileResolved, ["retro"] = h.Hit.Retro },
        AlertAssigned a => new() { ["assignee"] = a.Assignee },
        AlertEscalated x => new()
        {
            ["level"] = x.Level, ["reason"] = x.Reason, ["automatic"] = x.Automatic,
            ["slaDeadline"] = x.NextDeadline
        },
        AlertCommented c => new() { ["text"] = c.Text },
        AlertResolved r => new() { ["outcome"] = ApiNames.Of(r.Outcome), ["note"] = r.Note },
        AlertReleasabilityChanged x => new() { ["releasableTo"] = x.ReleasableTo },
        AlertAudienceSettled x => new() { ["audience"] = x.Audience.Agencies, ["reason"] = x.Reason },
        AlertReopened o => new() { ["reason"] = o.Reason, ["slaDeadline"] = o.SlaDeadline },
        _ => [],
    };
}
