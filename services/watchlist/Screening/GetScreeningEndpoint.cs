using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.WatchlistService.Governance.Access;

namespace Watchlist.WatchlistService.Screening;

public static class GetScreeningEndpoint
{
    /// <summary>
    /// The audit record, for auditors of the asking agency and for the officer who asked; to anyone else it does not exist.
    /// An auditor names the purpose (X-Purpose); every read is in the access log before the record is answered.
    /// </summary>
    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, HttpContext http, IDocumentSession session, AccessLog log,
        ScreeningPrivacy privacy, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        // A traveller's screening or a post's (content screening): the same audit rule for both.
        var record = events.Select(e => e.Data).OfType<IScreeningRecord>().FirstOrDefault();
        var change = record?.Change;
        var own = change is not null && change.Actor == user.Actor();
        var mayRead = own || (change is not null && user.IsInRole(Roles.Auditor) && change.Agency == user.AgencyOf());
        if (!mayRead)
            return Results.Problem(statusCode: 404, title: "No such screening.", detail: $"No screening {id} is visible to you.");
        var (purpose, problem) = AccessLog.PurposeOf(http, required: !own);
        if (problem is not null) return problem;
        await log.RecordAsync(session, http, $"screening:{id}", purpose, ct);
        // Opened only now, after the read is logged: in clear while its key exists, as pseudonyms once retention shredded it.
        // As object: serialised as what it is, not as the interface (which would write only its id and change).
        return Results.Ok(await privacy.OpenOneAsync<object>(session, record!, ct));
    }
}
