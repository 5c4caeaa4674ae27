using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;
using Watchlist.WatchlistService.Entries.Input;
using Watchlist.WatchlistService.Governance.Lists;

namespace Watchlist.WatchlistService.Entries.Listing;

public static class ListEntryEndpoint
{
    public static async Task<IResult> Handle(EntryInput input, ClaimsPrincipal user, HttpContext http, IDocumentSession session,
        IdempotentRequests idempotency, ChangeFactory changes, TimeProvider clock, CancellationToken ct)
    {
        if (EntryProblems.OwnerRefusal(input.OwnerAgency, user.AgencyOf()) is { } refused) return refused;
        var (claim, replay) = await idempotency.BeginAsync(input, ct);
        if (replay is not null) return replay;
        var now = clock.GetUtcNow();
        var (details, errors) = EntryValidator.Validate(input, user.AgencyOf()!, DateOnly.FromDateTime(now.UtcDateTime));
        if (details is null) return EntryProblems.Invalid(errors);

        // The owner's policies for the entry's lists: four eyes, and how soon it must be reviewed.
        var policy = await session.ForAsync(details.OwnerAgency, details.Lists, ct);
        details = details with { ReviewBy = policy.ReviewBy(DateOnly.FromDateTime(now.UtcDateTime), details.ReviewBy) };
        var id = Guid.CreateVersion7(now);
        var listing = new ListEntry(id, details, changes.For(http, reason: null), policy.FourEyes);
        var entry = session.AppendEntry(null, EntryDecider.Decide(listing, null));
        var body = EntryResponse.From(entry, now);
        var location = $"/api/entries/{id}";
        idempotency.Record(claim, 201, body, location, Preconditions.ETagOf(entry.Version));
        try { await session.SaveChangesAsync(ct); }
        catch (JasperFx.DocumentAlreadyExistsException) when (claim is not null) { return await idempotency.ReplayWinnerAsync(claim, ct); }

        http.Response.SetETag(entry.Version);
        return Results.Created(location, body);
    }
}
