using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Alerts.Alerts.Working;

/// <summary>
/// The one path every change to an alert by a person takes: If-Match, visibility, the pure decision, and an append
/// that Marten refuses if someone else got there first (so of two changes at one version exactly one wins).
/// </summary>
public sealed class AlertChanges(IDocumentSession session, TimeProvider clock)
{
    public async Task<IResult> ApplyAsync(Guid id, HttpContext http, IResult? invalid, Func<Alert, AlertChange, IAlertCommand> command, CancellationToken ct)
    {
        var (expected, problem) = Preconditions.ExpectedVersion(http.Request);
        if (problem is not null) return problem;
        var alert = await session.LoadAlertAsync(id, ct);
        if (alert is null || !alert.IsVisibleTo(http.User.AgencyOf())) return AlertProblems.NotFound(id);
        if (invalid is not null) return invalid;
        if (alert.Version != expected) return Preconditions.Stale(expected!.Value, alert.Version);

        var change = new AlertChange(http.User.Actor(), http.User.AgencyOf(), clock.GetUtcNow(), CorrelationId.Of(http));
        IReadOnlyList<IAlertEvent> events;
        try { events = AlertDecider.Decide(command(alert, change), alert); }
        catch (AlertRuleViolation rule) { return AlertProblems.Conflict(rule.Message); }

        var after = await session.AppendAlertAsync(alert, events, ct);
        if (events.Count > 0)
        {
            try { await session.SaveChangesAsync(ct); }
            catch (JasperFx.ConcurrencyException) { return await StaleAfterRace(id, expected!.Value, ct); }
        }
        http.Response.SetETag(after.Version);
        return Results.Ok(AlertResponse.From(after));
    }

    private async Task<IResult> StaleAfterRace(Guid id, int expected, CancellationToken ct)
    {
        await using var fresh = session.DocumentStore.QuerySession();
        var current = await fresh.LoadAlertAsync(id, ct);
        return Preconditions.Stale(expected, current?.Version ?? expected + 1);
    }
}
