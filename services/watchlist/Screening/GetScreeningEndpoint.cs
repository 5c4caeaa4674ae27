using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WatchlistService.Screening;

public static class GetScreeningEndpoint
{
    /// <summary>The audit record, for auditors of the asking agency and for the officer who asked; to anyone else it does not
    /// exist.</summary>
    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var record = events.Select(e => e.Data).OfType<ScreeningRecorded>().SingleOrDefault();
        var mayRead = record is not null &&
            (record.Change.Actor == user.Actor() || (user.IsInRole(Roles.Auditor) && record.Change.Agency == user.AgencyOf()));
        return mayRead ? Results.Ok(record)
            : Results.Problem(statusCode: 404, title: "No such screening.", detail: $"No screening {id} is visible to you.");
    }
}
