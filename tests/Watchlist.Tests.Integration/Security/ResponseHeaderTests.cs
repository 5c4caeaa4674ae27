using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Watchlist.Gateway;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Security;

/// <summary>
/// Response headers and exposure (issue 10, finding 8): every answer through the gateway is nosniff and no-store and
/// names no server; outside Development the gateway adds HSTS, serves no API documents unless configured, and shows
/// health details only to operators.
/// </summary>
public sealed class ResponseHeaderTests(PlatformTest<ResponseHeaderTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ResponseHeaderTests>(fixture, rabbit)
{
    private const string ProductionKey = "response-header-tests-production-signing-key-0123456789";

    [Theory]
    [InlineData("admin", "GET", "/api/entries")]                       // watchlist, through YARP
    [InlineData("command-centre", "GET", "/api/alerts")]               // alerts, through YARP
    [InlineData("command-centre", "GET", "/api/subscriptions")]        // notifications, through YARP
    [InlineData("admin", "GET", "/api/entries/00000000-0000-0000-0000-000000000001")] // a service's 404 problem
    [InlineData(null, "GET", "/api/entries")]                          // the gateway's own 401
    [InlineData("admin", "POST", "/graphql")]                          // the gateway's own GraphQL
    [InlineData(null, "GET", "/health/ready")]
    public async Task Every_answer_is_nosniff_no_store_and_names_no_server(string? role, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json");

        using var response = await Platform.Client(role).SendAsync(request);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.Server)}");
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // Development: plain http on localhost
    }

    [Fact]
    public async Task The_services_own_ports_name_no_server_either()
    {
        foreach (var address in new[] { Platform.Watchlist.Address, Platform.Alerts.Address, Platform.Notifications.Address })
        {
            using var client = new HttpClient { BaseAddress = address };
            using var response = await client.GetAsync("/health/live");
            Assert.False(response.Headers.Contains("Server"), $"{address}: Server {string.Join(",", response.Headers.Server)}");
        }
    }

    [Fact]
    public async Task Outside_development_the_gateway_sends_hsts_and_no_api_documents()
    {
        await using var gateway = ProductionGateway();
        using var client = new HttpClient { BaseAddress = gateway.Address };

        using var live = await client.GetAsync("/health/live");
        Assert.StartsWith("max-age=", Assert.Single(live.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/watchlist/swagger.json")).StatusCode);
    }

    [Fact]
    public async Task Outside_development_the_api_documents_are_served_when_configured()
    {
        await using var gateway = ProductionGateway(("OpenApi:Expose", "true"));
        using var client = new HttpClient { BaseAddress = gateway.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/index.html")).StatusCode);
    }

    [Fact]
    public async Task Outside_development_health_details_go_only_to_the_operator_role()
    {
        await using var gateway = ProductionGateway(("Health:DetailsRole", "operator"));
        using var anonymous = new HttpClient { BaseAddress = gateway.Address };
        using var officer = new HttpClient { BaseAddress = gateway.Address };
        officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevTokens.Issue("officer", key: ProductionKey));
        using var operatorClient = new HttpClient { BaseAddress = gateway.Address };
        operatorClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevTokens.Issue("operator", key: ProductionKey));

        var plain = await (await anonymous.GetAsync("/health/ready")).Json();
        var notOperator = await (await officer.GetAsync("/health/ready")).Json();
        var details = await (await operatorClient.GetAsync("/health/ready")).Json();

        Assert.True(plain.TryGetProperty("status", out _));
        Assert.False(plain.TryGetProperty("checks", out _), plain.ToString());
        Assert.False(notOperator.TryGetProperty("checks", out _), notOperator.ToString());
        Assert.True(details.GetProperty("checks").TryGetProperty("services", out _), details.ToString());
    }

    /// <summary>A second gateway in front of the same services, as deployed: Production, with a configured issuer key.</summary>
    private ServiceHost<GatewayMarker> ProductionGateway(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Jwt:SigningKey"] = ProductionKey,
            ["Services:Watchlist"] = Platform.Watchlist.Address.ToString(),
            ["Services:Alerts"] = Platform.Alerts.Address.ToString(),
            ["Services:Notifications"] = Platform.Notifications.Address.ToString(),
        };
        foreach (var (key, value) in settings) all[key] = value;
        return new ServiceHost<GatewayMarker>(all).Start();
    }
}
