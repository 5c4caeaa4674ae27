using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Entries.Reading;

public static class GetEntryEndpoint
{
    /// <summary>The entry now, or exactly as it was at <paramref name="asOf"/> (its status too, e.g. EXPIRED then).</summary>
    public static async Task<IResult> Handle(Guid id, DateTimeOffset? asOf, ClaimsPrincipal user, HttpContext http,
        IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var entry = await session.LoadAsync(id, asOf, ct);
        if (entry is null || !entry.Details.IsReleasableTo(user.AgencyOf())) return EntryProblems.NotFound(id);
        http.Response.SetETag(entry.Version);
        return Results.Ok(EntryResponse.From(entry, asOf ?? clock.GetUtcNow()));
    }
}
