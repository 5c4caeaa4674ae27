using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Tests.Unit.Auth;

/// <summary>The handler every host uses: a well-signed token of a hostile shape is refused, never an exception.</summary>
public sealed class WatchlistTokenHandlerTests
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes(JwtSettings.DevelopmentSigningKey));

    private static Task<TokenValidationResult> ValidateAsync(Action<Dictionary<string, object>> change)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "u1", ["role"] = "admin", ["agency"] = "VN-MPS", ["iss"] = "watchlist-dev", ["aud"] = "watchlist",
            ["iat"] = now, ["nbf"] = now, ["exp"] = now + 3600,
        };
        change(claims);
        var token = new JsonWebTokenHandler().CreateToken(
            JsonSerializer.Serialize(claims), new SigningCredentials(Key, SecurityAlgorithms.HmacSha256));
        return new WatchlistTokenHandler(new JwtSettings(), TimeProvider.System).ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "watchlist-dev", ValidAudience = "watchlist", IssuerSigningKey = Key, ClockSkew = TimeSpan.FromSeconds(30),
        });
    }

    [Fact]
    public async Task A_well_formed_token_is_valid() => Assert.True((await ValidateAsync(_ => { })).IsValid);

    [Theory]
    [InlineData("iat", "yesterday")]
    [InlineData("exp", "tomorrow")]
    [InlineData("nbf", "now")]
    [InlineData("iat", 1e300)]
    [InlineData("exp", -1e300)]
    public async Task A_claim_of_the_wrong_type_is_refused(string claim, object value)
    {
        var result = await ValidateAsync(c => c[claim] = value);
        Assert.False(result.IsValid);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public async Task The_refusal_names_the_reason_for_the_log()
    {
        var result = await ValidateAsync(c => c.Remove("sub"));
        Assert.False(result.IsValid);
        Assert.Contains("sub", result.Exception.Message);
    }
}
