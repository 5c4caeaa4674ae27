using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WebConsole.Account;

/// <summary>
/// Mints the same development tokens as <c>./run.sh token</c> (HS256, the development key unless <c>Jwt:SigningKey</c>
/// names another). Registered only in Development: the hosts accept the development key nowhere else.
/// </summary>
public sealed partial class DevelopmentTokens(IConfiguration configuration, TimeProvider clock)
{
    private readonly JwtSettings _settings = configuration.GetSection(JwtSettings.Section).Get<JwtSettings>() ?? new JwtSettings();

    public static bool IsAgency(string? agency) => agency is not null && AgencyPattern().IsMatch(agency);

    public string Issue(string role, string agency)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role {role}.", nameof(role));
        if (!IsAgency(agency)) throw new ArgumentException("Not an agency code.", nameof(agency));
        var lifetime = configuration.GetValue("Console:DevelopmentTokenLifetime", TimeSpan.FromHours(8));
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _settings.Issuer,
            Audience = _settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Subject = new ClaimsIdentity([
                new Claim(Claims.Subject, $"dev-{role}-{agency.ToLowerInvariant()}"),
                new Claim(Claims.Role, role),
                new Claim(Claims.Agency, agency),
            ]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_settings.SigningKey ?? JwtSettings.DevelopmentSigningKey)),
                SecurityAlgorithms.HmacSha256),
        });
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex AgencyPattern();
}
