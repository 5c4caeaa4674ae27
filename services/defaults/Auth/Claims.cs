using System.Globalization;
using System.Security.Claims;

namespace Watchlist.ServiceDefaults.Auth;

/// <summary>The claim names of API.md: <c>sub</c>, <c>role</c>, <c>agency</c>.</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Agency = "agency";
    public const string Expires = "exp";

    /// <summary>The caller's subject. Every host refuses a token without one (<see cref="TokenRules"/>).</summary>
    public static string Actor(this ClaimsPrincipal user) => user.FindFirstValue(Subject) ?? "anonymous";

    public static string? AgencyOf(this ClaimsPrincipal user) => user.FindFirstValue(Agency);

    /// <summary>
    /// How long the caller's token has left; zero when it has expired or carries no usable exp. A stream or socket that
    /// outlives its token would go on serving someone whose access may have been withdrawn since.
    /// </summary>
    public static TimeSpan TokenLifeLeft(this ClaimsPrincipal user, DateTimeOffset now)
    {
        if (!double.TryParse(user.FindFirstValue(Expires), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.Zero;
        // At most what a timer can wait (24.8 days); the configured maximum lifetime is far shorter.
        return TimeSpan.FromSeconds(Math.Clamp(seconds - now.ToUnixTimeMilliseconds() / 1000.0, 0, int.MaxValue / 1000.0));
    }
}
