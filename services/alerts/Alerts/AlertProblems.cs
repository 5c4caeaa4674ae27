namespace Watchlist.Alerts.Alerts;

public static class AlertProblems
{
    /// <summary>The same answer for "no such alert" and "not released to you", so that a count cannot leak.</summary>
    public static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: 404, title: "No such alert.", detail: $"No alert {id} is visible to you.");

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is not valid.",
            detail: "Correct the fields named in errors and send it again.");

    public static IResult Invalid(string field, string message) => Invalid(new() { [field] = [message] });

    public static IResult Conflict(string reason) =>
        Results.Problem(statusCode: 409, title: "Not allowed in the alert's current state.", detail: reason);
}
