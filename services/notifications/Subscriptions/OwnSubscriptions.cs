using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// A caller reaches only the subscriptions of their own (subject, agency): their feed, stream and webhook too. Someone
/// else's subscription is answered exactly like a missing one, so ids reveal nothing.
/// </summary>
public static class OwnSubscriptions
{
    public static async Task<Subscription?> FindAsync(Guid id, HttpContext http, IQuerySession session) =>
        Caller.Of(http.User) is { } caller
            && await session.LoadAsync<Subscription>(id, http.RequestAborted) is { } s
            && s.IsOwnedBy(caller)
                ? s
                : null;

    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: 404, title: "No such subscription.", detail: $"No subscription {id} of yours exists.");
}
