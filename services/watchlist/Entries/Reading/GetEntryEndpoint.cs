using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WatchlistService.Entries.Reading;

public static class GetEntryEndpoint
{
    /// <summary>The entry now, or as it was at <paramref name="asOf"/>. An entry not released to the caller does not exist for them.</summary>
    public static async Task<IResult> Handle(Guid id, DateTimeOffset? asOf, ClaimsPrincipal user, HttpContext http,
        IQuerySession session, CancellationToken ct)
    {
        var entry = await session.LoadAsync(id, asOf, ct);
        if (entry is null || !entry.Details.IsReleasableTo(user.AgencyOf()))
            return Results.Problem(statusCode: 404, title: "No such entry.", detail: $"No entry {id} is visible to you{(asOf is null ? "" : $" as of {asOf:O}")}.");
        http.Response.Headers.ETag = $"\"{entry.Version}\"";
        return Results.Ok(EntryResponse.From(entry));
    }
}
