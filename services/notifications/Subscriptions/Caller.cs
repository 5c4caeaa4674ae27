using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Notifications.Subscriptions;

/// <summary>Who is asking: a subscription is owned by a person of an agency, and releasability is decided by the agency.</summary>
public sealed record Caller(string Subject, string Agency)
{
    /// <summary>Null when the token lacks sub or agency: without an agency nothing can be released to the caller.</summary>
    public static Caller? Of(ClaimsPrincipal user) =>
        user.FindFirstValue(Claims.Subject) is { Length: > 0 } sub && user.AgencyOf() is { Length: > 0 } agency
            ? new Caller(sub, agency)
            : null;

    public static ProblemHttpResult NoAgency() => TypedResults.Problem(statusCode: 403, title: "The token has no agency.",
        detail: "Subscriptions belong to a person of an agency; ask for a token with the sub and agency claims.");
}
