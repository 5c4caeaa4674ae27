using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.WatchlistService.Entries.Listing;

public static class ListEntryEndpoint
{
    public static async Task<IResult> Handle(ListEntryRequest request, ClaimsPrincipal user, HttpContext http,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var (details, errors) = request.Validate(user.AgencyOf());
        if (details is null) return Results.ValidationProblem(errors, title: "The entry is not valid.");

        var id = Guid.CreateVersion7();
        var change = new Change(user.Actor(), user.AgencyOf(), Reason: null, clock.GetUtcNow(), CorrelationId.Of(http));
        var events = EntryDecider.Decide(new ListEntry(id, details, change), state: null);
        session.StartEntry(id, events, change);
        await session.SaveChangesAsync(ct);

        var entry = EntryDecider.Fold(events)!;
        http.Response.Headers.ETag = $"\"{entry.Version}\"";
        return Results.Created($"/api/entries/{id}", EntryResponse.From(entry));
    }
}
