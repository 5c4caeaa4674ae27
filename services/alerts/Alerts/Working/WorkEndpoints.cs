using Watchlist.Alerts.Sla;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Alerts.Alerts.Working;

/// <summary>Working an alert to an outcome. Each needs If-Match and answers the alert after the change with its new ETag.</summary>
public static class WorkEndpoints
{
    private const int MaxText = 4000;

    public static Task<IResult> Acknowledge(Guid id, HttpContext http, AlertChanges changes, CancellationToken ct) =>
        changes.ApplyAsync(id, http, null, (a, c) => new AcknowledgeAlert(a.Id, c), ct);

    public static Task<IResult> Assign(Guid id, AssignRequest? body, HttpContext http, AlertChanges changes, CancellationToken ct) =>
        changes.ApplyAsync(id, http, Required("assignee", body?.Assignee, "Name who works the alert (a user id)."),
            (a, c) => new AssignAlert(a.Id, body!.Assignee!.Trim(), c), ct);

    public static Task<IResult> Escalate(Guid id, EscalateRequest? body, HttpContext http, AlertChanges changes, SlaSettings sla,
        CancellationToken ct) =>
        changes.ApplyAsync(id, http, Required("reason", body?.Reason, "Say why; the reason is kept in the alert's history."),
            (a, c) => new EscalateAlert(a.Id, body!.Reason!.Trim(), sla.DeadlineFrom(c.At, a.Severity), c), ct);

    public static Task<IResult> Comment(Guid id, CommentRequest? body, HttpContext http, AlertChanges changes, CancellationToken ct) =>
        changes.ApplyAsync(id, http, Required("text", body?.Text, "The comment's text."),
            (a, c) => new CommentOnAlert(a.Id, body!.Text!.Trim(), c), ct);

    public static Task<IResult> Resolve(Guid id, ResolveRequest? body, HttpContext http, AlertChanges changes, CancellationToken ct)
    {
        var known = ApiNames.TryParse<AlertOutcome>(body?.Outcome, out var outcome);
        var invalid = !known ? AlertProblems.Invalid("outcome", $"Required: one of {ApiNames.Allowed<AlertOutcome>()}.")
            : body?.Note is { Length: > MaxText } ? AlertProblems.Invalid("note", $"At most {MaxText} characters.") : null;
        return changes.ApplyAsync(id, http, invalid, (a, c) =>
            new ResolveAlert(a.Id, outcome, body?.Note?.Trim() is { Length: > 0 } n ? n : null, c), ct);
    }

    public static Task<IResult> Reopen(Guid id, ReopenRequest? body, HttpContext http, AlertChanges changes, SlaSettings sla,
        CancellationToken ct) =>
        changes.ApplyAsync(id, http, Required("reason", body?.Reason, "Say why; the reason is kept in the alert's history."),
            (a, c) => new ReopenAlert(a.Id, body!.Reason!.Trim(), sla.DeadlineFrom(c.At, a.Severity), c), ct);

    private static IResult? Required(string field, string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? AlertProblems.Invalid(field, message)
        : value.Length > MaxText ? AlertProblems.Invalid(field, $"At most {MaxText} characters.")
        : null;
}
