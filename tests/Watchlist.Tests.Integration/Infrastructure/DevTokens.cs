using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Tokens signed with the development key, as <c>./run.sh token</c> makes them.</summary>
public static class DevTokens
{
    public static string Issue(string role, string agency = "VN-MPS", string? subject = null, string? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtSettings.DevelopmentIssuer,
            Audience = "watchlist",
            Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(Claims.Subject, subject ?? $"test-{role}"), new Claim(Claims.Role, role), new Claim(Claims.Agency, agency)]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key ?? JwtSettings.DevelopmentSigningKey)), SecurityAlgorithms.HmacSha256),
        });
}
