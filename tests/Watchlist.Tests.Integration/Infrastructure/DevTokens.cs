using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Tokens signed with the development key, as <c>./run.sh token</c> makes them.</summary>
public static class DevTokens
{
    public static string Issue(
        string role, string agency = "VN-MPS", string? subject = null, string? key = null, TimeSpan? lifetime = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtSettings.DevelopmentIssuer,
            Audience = "watchlist",
            Expires = DateTime.UtcNow.Add(lifetime ?? TimeSpan.FromHours(1)),
            Subject = new ClaimsIdentity(
                [new Claim(Claims.Subject, subject ?? $"test-{role}"), new Claim(Claims.Role, role), new Claim(Claims.Agency, agency)]),
            SigningCredentials = Credentials(key),
        });

    /// <summary>
    /// A token of exactly these claims, signed with the development key: nothing is added, so a test can leave out
    /// what a well-formed token must carry.
    /// </summary>
    public static string Sign(IReadOnlyDictionary<string, object> payload) =>
        new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(payload), Credentials(null));

    /// <summary>The claims of a well-formed token for the role, valid for an hour from now; tests change or remove some.</summary>
    public static Dictionary<string, object> ClaimsFor(string role, string agency = "VN-MPS")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new()
        {
            ["sub"] = $"test-{role}", ["role"] = role, ["agency"] = agency, ["iss"] = JwtSettings.DevelopmentIssuer, ["aud"] = "watchlist",
            ["iat"] = now, ["nbf"] = now, ["exp"] = now + 3600,
        };
    }

    private static SigningCredentials Credentials(string? key) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key ?? JwtSettings.DevelopmentSigningKey)), SecurityAlgorithms.HmacSha256);
}
