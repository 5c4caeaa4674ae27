using Watchlist.ServiceDefaults.Text;

namespace Watchlist.ServiceDefaults.Auth;

/// <summary>
/// What API.md asks of a token beyond what the JWT library checks (signature, issuer, audience, exp and nbf against the
/// clock): a subject, because every change is recorded under it; an expiry; an issue time that is not in the future; and a
/// lifetime no longer than the configured maximum, so that a leaked or forged-by-misconfiguration token dies soon. The
/// subject and agency go into queries, events and logs, so they obey the same text rule as what clients send (a NUL in an
/// agency claim reached PostgreSQL and answered 500).
/// </summary>
public static class TokenRules
{
    /// <summary>The token's registered times, each null when the claim is absent.</summary>
    public sealed record Times(DateTimeOffset? IssuedAt, DateTimeOffset? NotBefore, DateTimeOffset? Expires);

    /// <returns>Why the token is refused (for the log, never for the caller), or null when it passes.</returns>
    public static string? Refusal(string? subject, string? agency, Times times, DateTimeOffset now, JwtSettings settings)
    {
        if (string.IsNullOrWhiteSpace(subject)) return "The token names no subject (sub).";
        if (Unfit(subject) is { } sub) return $"The subject (sub) is refused: {sub}";
        if (agency is not null && Unfit(agency) is { } unfit) return $"The agency claim is refused: {unfit}";
        if (times.Expires is not { } expires) return "The token has no expiry (exp).";
        var latestStart = now + settings.ClockSkew;
        if (times.IssuedAt > latestStart) return "The token was issued in the future (iat).";
        if (times.NotBefore > latestStart) return "The token becomes valid in the future (nbf).";
        // Without iat or nbf the token's life is counted from now, so a missing claim never buys a longer one.
        var start = times.IssuedAt ?? times.NotBefore ?? now;
        return expires - start > settings.MaxLifetime ? $"The token lives {expires - start}, longer than {settings.MaxLifetime}." : null;
    }

    /// <summary>Identifiers, not prose: at most 256 characters of text the <see cref="TextPolicy"/> accepts, no line breaks.</summary>
    private static string? Unfit(string claim) =>
        claim.Length > 256 ? "longer than 256 characters."
        : claim.AsSpan().IndexOfAny('\r', '\n') >= 0 ? "it holds a line break."
        : TextPolicy.Refusal(claim);
}
