using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Watchlist.ServiceDefaults.Auth;

/// <summary>
/// The library's validation, then <see cref="TokenRules"/>. The only token handler of every host: HTTP requests and the
/// gateway's GraphQL WebSocket (which validates its connection_init token through the same handlers) are judged alike.
/// </summary>
public sealed class WatchlistTokenHandler(JwtSettings settings, TimeProvider clock) : JsonWebTokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (!result.IsValid) return result;
        var refusal = result.SecurityToken is JsonWebToken jwt ? RefusalOf(jwt) : "The token is not a JSON Web Token.";
        return refusal is null
            ? result
            : new TokenValidationResult { IsValid = false, Exception = new SecurityTokenValidationException(refusal) };
    }

    private string? RefusalOf(JsonWebToken jwt)
    {
        var subject = jwt.TryGetPayloadValue<string>(Claims.Subject, out var sub) ? sub : null;
        var times = new TokenRules.Times(TimeOf(jwt.IssuedAt), TimeOf(jwt.ValidFrom), TimeOf(jwt.ValidTo));
        var agency = jwt.TryGetPayloadValue<string>(Claims.Agency, out var a) ? a : null;
        return TokenRules.Refusal(subject, agency, times, clock.GetUtcNow(), settings);
    }

    /// <summary>The library reads an absent time claim as <see cref="DateTime.MinValue"/>.</summary>
    private static DateTimeOffset? TimeOf(DateTime utc) =>
        utc == DateTime.MinValue ? null : new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
