using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Alerts.Alerts.Working;

/// <summary>
/// A person's work on an alert, on the one write path (<see cref="StreamChanges"/>): visible to the caller's agency,
/// the request valid, then decided by the alert's lifecycle rules.
/// </summary>
public sealed class AlertChanges(IDocumentSession session, TimeProvider clock)
{
    public Task<IResult> ApplyAsync(Guid id, HttpContext http, IResult? invalid, Func<Alert, AlertChange, IAlertCommand> command,
        CancellationToken ct)
    {
        var agency = http.User.AgencyOf();
        var target = new StreamTarget<Alert>(
            Load: (s, c) => s.LoadAlertAsync(id, c),
            VersionOf: a => a.Version,
            Refusal: a => a is null || !a.IsVisibleTo(agency) ? AlertProblems.NotFound(id) : invalid,
            Conflict: AlertProblems.Conflict,
            Response: AlertResponse.From);
        return StreamChanges.ApplyAsync(session, http.Request, target, async (alert, c) =>
        {
            var change = new AlertChange(http.User.Actor(), agency, clock.GetUtcNow(), CorrelationId.Of(http));
            var events = AlertDecider.Decide(command(alert, change), alert);
            var after = await session.AppendAlertAsync(alert, events, c);
            return events.Count == 0 ? StreamStep<Alert>.Unchanged(after) : StreamStep<Alert>.Staged(after);
        }, ct);
    }
}
