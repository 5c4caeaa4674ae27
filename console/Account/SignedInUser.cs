using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WebConsole.Account;

/// <summary>The cookie's principal, built from a platform token: its subject, roles, agency and expiry, and the token itself.</summary>
public static class SignedInUser
{
    /// <param name="roleClaim">The claim that carries roles in the identity provider's tokens.</param>
    /// <param name="agencyClaim">The claim that carries the agency.</param>
    public static ClaimsPrincipal FromToken(string accessToken, string roleClaim = Claims.Role, string agencyClaim = Claims.Agency,
        IEnumerable<Claim>? fallback = null)
    {
        var token = new JsonWebToken(accessToken);
        var claims = token.Claims.Concat(fallback ?? []).ToList();
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Subject, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, token.Subject));
        foreach (var role in claims.Where(c => c.Type == roleClaim).Select(c => c.Value).Distinct())
            identity.AddClaim(new Claim(Claims.Role, role));
        if (claims.FirstOrDefault(c => c.Type == agencyClaim) is { } agency) identity.AddClaim(new Claim(Claims.Agency, agency.Value));
        identity.AddClaim(new Claim(ConsoleClaims.Expires, token.ValidTo == DateTime.MinValue ? "0"
            : new DateTimeOffset(token.ValidTo, TimeSpan.Zero).ToUnixTimeSeconds()
                .ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ConsoleClaims.AccessToken, accessToken));
        return new ClaimsPrincipal(identity);
    }
}
