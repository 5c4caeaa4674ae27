using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Tests.Unit.Auth;

/// <summary>The development key must be worthless outside Development, and production must name its issuer.</summary>
public sealed class JwtAuthenticationTests
{
    private static IServiceCollection Configure(string environment, Dictionary<string, string?> settings) =>
        new ServiceCollection().AddWatchlistAuthentication(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void Production_refuses_the_development_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Configure(Environments.Production, new() { ["Jwt:SigningKey"] = JwtSettings.DevelopmentSigningKey }));
        Assert.Contains("only in Development", error.Message);
    }

    [Fact]
    public void Production_without_an_authority_or_key_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(Environments.Production, new()));
        Assert.Contains("Jwt:Authority", error.Message);
    }

    [Fact]
    public void Production_with_an_authority_configures_bearer_authentication() =>
        Assert.Contains(Configure(Environments.Production, new() { ["Jwt:Authority"] = "https://id.example.org/realms/watchlist" }),
            s => s.ServiceType.Name == "IAuthenticationService");

    [Fact]
    public void Development_falls_back_to_the_development_key() =>
        Assert.Contains(Configure(Environments.Development, new()), s => s.ServiceType.Name == "IAuthenticationService");

    [Theory]
    [InlineData("00:00:00", "00:00:30")]
    [InlineData("-01:00:00", "00:00:30")]
    [InlineData("01:00:00", "-00:00:01")]
    [InlineData("00:00:30", "00:01:00")]
    public void A_nonsensical_lifetime_or_skew_refuses_to_start(string maxLifetime, string clockSkew)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Configure(Environments.Development, new() { ["Jwt:MaxLifetime"] = maxLifetime, ["Jwt:ClockSkew"] = clockSkew }));
        Assert.Contains("Jwt:MaxLifetime", error.Message);
    }
}
