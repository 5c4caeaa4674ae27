using System.Globalization;
using System.Security.Claims;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WebConsole.Account;

/// <summary>
/// What the console keeps of a signed-in user, in its cookie: the platform token it calls the gateway with, and the
/// role, agency and expiry read from that token. The console holds no other credential.
/// </summary>
public static class ConsoleClaims
{
    public const string AccessToken = "watchlist:access_token";
    public const string Culture = "watchlist:culture";

    /// <summary>
    /// The platform token's expiry (Unix seconds), under a name of our own: the OpenID Connect handler deletes <c>exp</c>
    /// (and <c>iat</c>, <c>nbf</c>, …) from the identity it signs in, which ended every OIDC session on its next request.
    /// </summary>
    public const string Expires = "watchlist:expires";

    public static string? TokenOf(this ClaimsPrincipal user) => user.FindFirstValue(AccessToken);

    public static IReadOnlyList<string> RolesOf(this ClaimsPrincipal user) => user.FindAll(Claims.Role).Select(c => c.Value).ToList();

    /// <summary>When the platform token stops being accepted; the console's session ends then too.</summary>
    public static DateTimeOffset? ExpiresAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(Expires), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public static bool HasLiveToken(this ClaimsPrincipal user, DateTimeOffset now) =>
        user.Identity?.IsAuthenticated == true && user.TokenOf() is not null && user.ExpiresAt() is { } exp && exp > now;
}
