using Watchlist.Alerts.Alerts.Reading;
using Watchlist.Alerts.Alerts.Working;
using Watchlist.Alerts.FalsePositives;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Alerts.Alerts;

public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Policies.WorkAlerts);
        alerts.MapGet("", ListAlertsEndpoint.Handle).WithName("listAlerts")
            .WithSummary("Alerts newest first; status, borderPost, unit, list, category and action may repeat (any matches).")
            .Produces<AlertPage>().ProducesValidationProblem();
        alerts.MapGet("false-positives", FalsePositiveEndpoints.List).WithName("listFalsePositives")
            .WithSummary("Remembered false positives (entry, traveller), ended ones too, newest first.").Produces<FalsePositivePage>()
            .ProducesValidationProblem();
        alerts.MapDelete("false-positives/{id:guid}", FalsePositiveEndpoints.End).WithName("endFalsePositive")
            .WithSummary("Forgets a false positive: the pair's next hit opens an alert again.").Produces(204).ProducesProblem(404);
        alerts.MapGet("{id:guid}", GetAlertEndpoint.Handle).WithName("getAlert").WithSummary("One alert, with its ETag.")
            .Produces<AlertResponse>().ProducesProblem(404);
        alerts.MapGet("{id:guid}/history", AlertHistoryEndpoint.Handle).WithName("getAlertHistory")
            .WithSummary("Every change, oldest first, with actor, agency and time.").Produces<IReadOnlyList<AlertChangeRecord>>()
            .ProducesProblem(404);
        Work(alerts, "acknowledge", "acknowledgeAlert", "Acknowledges the alert; stops its SLA clock. No body.", WorkEndpoints.Acknowledge);
        Work(alerts, "assign", "assignAlert", "Assigns the alert; body {\"assignee\"}.", WorkEndpoints.Assign);
        Work(alerts, "escalate", "escalateAlert", "Escalates the alert one level; body {\"reason\"}.", WorkEndpoints.Escalate);
        Work(alerts, "comment", "commentOnAlert", "Adds a comment; body {\"text\"}.", WorkEndpoints.Comment);
        Work(alerts, "resolve", "resolveAlert", "Resolves the alert; body {\"outcome\", \"note\"}, outcome required.",
            WorkEndpoints.Resolve);
        Work(alerts, "reopen", "reopenAlert", "Reopens a resolved alert; body {\"reason\"}.", WorkEndpoints.Reopen);
        return app;
    }

    private static void Work(RouteGroupBuilder alerts, string action, string name, string summary, Delegate handler) =>
        alerts.MapPost($"{{id:guid}}/{action}", handler).WithName(name).WithSummary(summary + " Needs If-Match.")
            .Produces<AlertResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(412)
            .ProducesProblem(428);
}
