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
        // A traveller's screening or a post's (content screening): the same audit rule for both.
        var (record, change) = events.Select(e => e.Data).Select(d => d switch
        {
            ScreeningRecorded s => ((object?)s, (Entries.Change?)s.Change),
            Content.Screening.ContentScreeningRecorded c => (c, c.Change),
            _ => (null, null),
        }).FirstOrDefault(r => r.Item1 is not null);
        var mayRead = record is not null && change is not null &&
            (change.Actor == user.Actor() || (user.IsInRole(Roles.Auditor) && change.Agency == user.AgencyOf()));
        return mayRead ? Results.Ok(record)
            : Results.Problem(statusCode: 404, title: "No such screening.", detail: $"No screening {id} is visible to you.");
    }
}
