using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Hosting;
using Watchlist.Gateway;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>
/// The gateway outside Development (issue 10, findings 4 and 8): introspection is off unless GraphQL:Introspection turns
/// it on, and then an anonymous caller may introspect but still ask for nothing else.
/// </summary>
public sealed class GraphQLProductionTests(GraphQLProductionTests.Gateways gateways) : IClassFixture<GraphQLProductionTests.Gateways>
{
    /// <summary>A production token issuer that shares an HMAC key with the gateway, as a test identity provider would.</summary>
    private const string SigningKey = "graphql-production-test-signing-key-0123456789";

    public sealed class Gateways : IAsyncDisposable
    {
        public ServiceHost<GatewayMarker> Default { get; } = Start(introspection: null);
        public ServiceHost<GatewayMarker> WithIntrospection { get; } = Start(introspection: "true");

        private static ServiceHost<GatewayMarker> Start(string? introspection)
        {
            var settings = new Dictionary<string, string>
            {
                ["environment"] = "Production",
                ["Jwt:SigningKey"] = SigningKey,
                ["Services:Watchlist"] = "http://127.0.0.1:9",
                ["Services:Alerts"] = "http://127.0.0.1:9",
                ["Services:Notifications"] = "http://127.0.0.1:9",
            };
            if (introspection is not null) settings["GraphQL:Introspection"] = introspection;
            return new ServiceHost<GatewayMarker>(settings).Start();
        }

        public async ValueTask DisposeAsync()
        {
            await Default.DisposeAsync();
            await WithIntrospection.DisposeAsync();
        }
    }

    private static HttpClient Client(ServiceHost<GatewayMarker> host, string? role)
    {
        var client = host.CreateClient();
        if (role is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(role, key: SigningKey));
        return client;
    }

    [Fact]
    public void The_gateway_runs_as_production()
    {
        Assert.Equal("Production", gateways.Default.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Entry\") { fields { name } } }")]
    [InlineData("query { ...Schema } fragment Schema on Query { __schema { types { name } } }")]
    public async Task Introspection_is_off_outside_Development(string document)
    {
        var answer = await Client(gateways.Default, "admin").GraphQLAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.ToString());
        Assert.Equal("INTROSPECTION_DISABLED", answer.Code);
    }

    [Fact]
    public async Task Without_introspection_an_anonymous_caller_gets_nothing_at_all()
    {
        var schema = await Client(gateways.Default, null).GraphQLAsync("{ __schema { queryType { name } } }");
        var typename = await Client(gateways.Default, null).GraphQLAsync("{ __typename }");

        Assert.Equal("UNAUTHENTICATED", schema.Code);
        Assert.Equal("UNAUTHENTICATED", typename.Code);
    }

    [Fact]
    public async Task A_signed_in_caller_still_gets_typename_without_introspection()
    {
        var data = (await Client(gateways.Default, "admin").GraphQLAsync("{ __typename viewer { agency } }")).Ok();

        Assert.Equal("Query", data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Introspection_can_be_turned_on_by_configuration_and_then_serves_anonymous_callers_too()
    {
        var admin = (await Client(gateways.WithIntrospection, "admin").GraphQLAsync("{ __schema { queryType { name } } }")).Ok();
        var anonymous = (await Client(gateways.WithIntrospection, null).GraphQLAsync("{ __type(name: \"Entry\") { name } }")).Ok();
        var data = await Client(gateways.WithIntrospection, null).GraphQLAsync("{ viewer { agency } }");

        Assert.Equal("Query", admin.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Entry", anonymous.GetProperty("__type").GetProperty("name").GetString());
        Assert.Equal("UNAUTHENTICATED", data.Code);
    }
}
