using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Alerts.Alerts.Reading;

public static class GetAlertEndpoint
{
    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var alert = await session.LoadAlertAsync(id, ct);
        if (alert is null || !alert.IsVisibleTo(user.AgencyOf())) return AlertProblems.NotFound(id);
        http.Response.SetETag(alert.Version);
        return Results.Ok(AlertResponse.From(alert));
    }
}
