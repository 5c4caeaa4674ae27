using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Notifications;

namespace Watchlist.Tests.Integration.Security;

/// <summary>
/// The token rules of API.md through the gateway and at each service: sub, exp, iss and aud are required; no token from
/// the future or living longer than the maximum (24 h); a refusal says no more than <c>error="invalid_token"</c>; and an SSE
/// stream or GraphQL WebSocket ends when its token does.
/// </summary>
public sealed class TokenTests(PlatformTest<TokenTests>.Fixture fixture, RabbitMqFixture rabbit) : PlatformTest<TokenTests>(fixture, rabbit)
{
    private const string InvalidToken = "Bearer error=\"invalid_token\"";
    private static readonly long Hour = 3600;

    /// <summary>Each refused shape: a well-formed admin token with one thing changed.</summary>
    public static TheoryData<string> RefusedShapes => [.. Shapes.Keys];

    private static readonly Dictionary<string, Action<Dictionary<string, object>, long>> Shapes = new()
    {
        ["no sub"] = (c, _) => c.Remove("sub"),
        ["empty sub"] = (c, _) => c["sub"] = " ",
        ["no exp"] = (c, _) => c.Remove("exp"),
        ["no iss"] = (c, _) => c.Remove("iss"),
        ["another iss"] = (c, _) => c["iss"] = "someone-else",
        ["no aud"] = (c, _) => c.Remove("aud"),
        ["iat two hours ahead"] = (c, now) => (c["iat"], c["exp"]) = (now + 2 * Hour, now + 3 * Hour),
        ["iat and nbf two hours ahead"] = (c, now) => (c["iat"], c["nbf"], c["exp"]) = (now + 2 * Hour, now + 2 * Hour, now + 3 * Hour),
        ["iat two minutes ahead"] = (c, now) => c["iat"] = now + 120,
        ["living 100 years"] = (c, now) => c["exp"] = now + 100 * 365 * 24 * Hour,
        ["living 24 h and a minute"] = (c, now) => c["exp"] = now + 24 * Hour + 60,
        ["no iat or nbf, expiring in 25 h"] = (c, now) => { c.Remove("iat"); c.Remove("nbf"); c["exp"] = now + 25 * Hour; },
        ["issued 30 days ago, expiring in an hour"] = (c, now) => c["iat"] = now - 30 * 24 * Hour,
        ["expired an hour ago"] = (c, now) => (c["iat"], c["nbf"], c["exp"]) = (now - 2 * Hour, now - 2 * Hour, now - Hour),
        // Found by the fuzz suite: a NUL in the agency claim reached PostgreSQL through a releasability filter (a 500).
        ["a NUL in the agency"] = (c, _) => c["agency"] = "VN-MPS\u0000",
        ["a bidi override in the sub"] = (c, _) => c["sub"] = "admin\u202E",
    };

    private static string TokenOf(string shape, string role = "admin")
    {
        var claims = DevTokens.ClaimsFor(role);
        Shapes[shape](claims, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return DevTokens.Sign(claims);
    }

    private static async Task AssertRefusedAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new("Bearer", token) } };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(InvalidToken, Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Theory, MemberData(nameof(RefusedShapes))]
    public Task The_gateway_refuses_the_shape_with_401_and_only_invalid_token(string shape) =>
        AssertRefusedAsync(Platform.Client(null), TokenOf(shape), "/api/entries");

    [Theory, MemberData(nameof(RefusedShapes))]
    public async Task Each_service_refuses_the_shape_itself(string shape)
    {
        foreach (var (address, path) in new[] { (Platform.Watchlist.Address, "/api/entries"), (Platform.Alerts.Address, "/api/alerts"),
                     (Platform.Notifications.Address, "/api/subscriptions") })
            await AssertRefusedAsync(new HttpClient { BaseAddress = address }, TokenOf(shape), path);
    }

    [Theory, MemberData(nameof(RefusedShapes))]
    public async Task The_GraphQL_WebSocket_refuses_the_shape_with_4401(string shape)
    {
        await using var ws = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        await ws.InitAsync(TokenOf(shape, "command-centre"));
        Assert.Equal(4401, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task Tokens_within_the_clock_skew_and_the_maximum_lifetime_are_accepted()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = DevTokens.ClaimsFor("admin");
        (claims["iat"], claims["nbf"], claims["exp"]) = (now + 20, now + 20, now + 20 + 24 * Hour); // 20 s ahead, exactly 24 h
        var client = Platform.Client(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevTokens.Sign(claims));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/entries")).StatusCode);

        await using var ws = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        claims["role"] = "command-centre";
        await ws.InitAsync(DevTokens.Sign(claims));
        await ws.ExpectAsync("connection_ack");
    }

    [Fact]
    public async Task The_token_script_mints_tokens_the_hosts_accept()
    {
        var script = Process.Start(new ProcessStartInfo("bash", [RepositoryFiles.PathOf("scripts/token.sh"), "admin", "KH-GDI"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true
        })!;
        var token = (await script.StandardOutput.ReadToEndAsync()).Trim();
        await script.WaitForExitAsync();
        Assert.Equal(0, script.ExitCode);
        var client = Platform.Client(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/entries")).StatusCode);
    }

    [Fact]
    public async Task An_SSE_stream_through_the_gateway_ends_when_its_token_expires()
    {
        var subscription = await Platform.Client("command-centre", subject: "cc-expiring-sse").SubscribeAsync(new { });
        var client = Platform.Client(null);
        var token = DevTokens.Issue("command-centre", subject: "cc-expiring-sse", lifetime: TimeSpan.FromSeconds(5));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();

        await using var stream = await SseClient.OpenAsync(client, $"/api/notifications/stream?subscription={subscription}");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        // Without the rule the stream goes on with heartbeats, and this times out instead of ending.
        await Assert.ThrowsAsync<EndOfStreamException>(() => stream.NextAsync(TimeSpan.FromSeconds(25)));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(15)); // exp has whole seconds: up to 1 s early
    }

    [Fact]
    public async Task A_GraphQL_WebSocket_closes_with_4401_when_its_token_expires()
    {
        var token = DevTokens.Issue("command-centre", subject: "cc-expiring-ws", lifetime: TimeSpan.FromSeconds(5));
        var clock = Stopwatch.StartNew();
        await using var ws = await GraphQLWebSocket.ConnectAsync(Platform.Gateway.Address);
        await ws.InitAsync(token);
        await ws.ExpectAsync("connection_ack");
        await ws.SubscribeAsync("live", GraphQLSubscriptionTests.AlertsSubscription);

        Assert.Equal(4401, await ws.ClosedWithAsync(TimeSpan.FromSeconds(25)));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(15));
    }
}
