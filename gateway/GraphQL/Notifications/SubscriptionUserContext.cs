using GraphQL;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Notifications;

/// <summary>
/// The caller's own token travels with a GraphQL execution, so that the notifications service applies the caller's
/// role, ownership and releasability itself rather than trusting the gateway to.
/// </summary>
public sealed class SubscriptionUserContext : Dictionary<string, object?>
{
    public const string TokenKey = "bearerToken";

    public static SubscriptionUserContext For(string token) => new() { [TokenKey] = token };
}

public static class BearerTokens
{
    public static string BearerToken(this IResolveFieldContext ctx) =>
        ctx.UserContext.TryGetValue(SubscriptionUserContext.TokenKey, out var t) && t is string token
            ? token
            : throw new ExecutionError("Subscriptions need a token: send connection_init with {\"Authorization\": \"Bearer <JWT>\"}.")
            {
                Code = RestErrors.Unauthenticated,
            };
}
