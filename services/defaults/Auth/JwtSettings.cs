namespace Watchlist.ServiceDefaults.Auth;

/// <summary>Bound from the <c>Jwt</c> configuration section.</summary>
public sealed class JwtSettings
{
    public const string Section = "Jwt";

    /// <summary>The key that signs development tokens (<c>./run.sh token</c>). Accepted only in Development.</summary>
    public const string DevelopmentSigningKey = "watchlist-development-signing-key-not-for-production-use";
    public const string DevelopmentIssuer = "watchlist-dev";

    /// <summary>OIDC authority whose discovery document gives issuer and keys (production).</summary>
    public string? Authority { get; set; }
    public string Issuer { get; set; } = DevelopmentIssuer;
    public string Audience { get; set; } = "watchlist";
    /// <summary>A symmetric HMAC key for an issuer that shares one (e.g. a test identity provider).</summary>
    public string? SigningKey { get; set; }
    /// <summary>The longest life a token may have (exp − iat). A stolen token is worth at most this much.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How far apart the issuer's clock and ours may be, for exp, nbf and iat alike.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
