using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Watchlist.Gateway.GraphQL.Transport;

/// <summary>
/// Validates the token of a connection_init payload with exactly the JWT settings of the HTTP endpoints: a browser
/// cannot set headers on a WebSocket, so the token travels in the payload, and must be judged the same way.
/// </summary>
public sealed class WebSocketTokens(IOptionsMonitor<JwtBearerOptions> jwt)
{
    /// <summary>The raw token of a payload {"Authorization": "Bearer &lt;JWT&gt;"} (key in any case), or null.</summary>
    public static string? TokenOf(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p) return null;
        foreach (var property in p.EnumerateObject())
            if (property.NameEquals("Authorization") || property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : "";
                // "Bearer" alone (a client that sent "Bearer " with no token) is no token, not a token named Bearer.
                var scheme = value.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
                    || value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
                var token = scheme ? value[6..].Trim() : value;
                return token.Length > 0 ? token : null;
            }
        return null;
    }

    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken ct)
    {
        var options = jwt.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            // With an OIDC authority the signing keys come from its metadata, as they do for the HTTP endpoints.
            var config = await manager.GetConfigurationAsync(ct);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], config.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. config.SigningKeys];
        }
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid) return new ClaimsPrincipal(result.ClaimsIdentity);
        }
        return null;
    }
}
