using System.Net;
using GraphQL;
using GraphQL.Utilities;
using Watchlist.Gateway;
using Watchlist.Gateway.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>
/// What the gateway decides on its own, before any service is asked: the published schema and the query limits.
/// Only the gateway host runs (in memory, with its real Program.cs); the services it would call are not there.
/// </summary>
public sealed class GraphQLSchemaTests(GraphQLSchemaTests.GatewayOnly gateway) : IClassFixture<GraphQLSchemaTests.GatewayOnly>
{
    public sealed class GatewayOnly : IDisposable
    {
        public ServiceHost<GatewayMarker> Host { get; } = new(new Dictionary<string, string>
        {
            ["Services:Watchlist"] = "http://127.0.0.1:9",
            ["Services:Alerts"] = "http://127.0.0.1:9",
            ["Services:Notifications"] = "http://127.0.0.1:9",
        });

        public void Dispose() => Host.Dispose();
    }

    /// <summary>A signed-in caller: an anonymous one may only introspect.</summary>
    private HttpClient Admin()
    {
        var client = gateway.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DevTokens.Issue("admin"));
        return client;
    }

    /// <summary>
    /// schema.graphql at the repository root is the published contract, kept in git so that a change to it shows in review.
    /// When the live schema differs, this test fails. Run it with UPDATE_SCHEMA=1 to rewrite the file from the live schema:
    /// that run still fails (so a CI run never passes by rewriting), the next one passes, and git diff shows what changed.
    /// </summary>
    [Fact]
    public async Task The_committed_schema_file_matches_the_live_schema()
    {
        var live = gateway.Host.Services.GetRequiredService<WatchlistSchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");
        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        if (committed == live) return;

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, live);
            Assert.Fail($"{path} was rewritten from the live schema. Review it with git diff; the next run passes.");
        }
        string[] was = committed.Split('\n'), now = live.Split('\n');
        var line = Enumerable.Range(0, Math.Max(was.Length, now.Length)).First(i => was.ElementAtOrDefault(i) != now.ElementAtOrDefault(i));
        var (before, after) = (was.ElementAtOrDefault(line), now.ElementAtOrDefault(line));
        Assert.Fail($"""
            {path} differs from the live GraphQL schema (first difference at line {line + 1}: committed "{before}", live "{after}").
            If the change is intended, regenerate the file and review it with git diff:
              UPDATE_SCHEMA=1 dotnet test tests/Watchlist.Tests.Integration --filter "FullyQualifiedName~GraphQLSchemaTests"
            """);
    }

    [Fact]
    public void The_schema_has_the_contracts_entry_fields_and_enum_names()
    {
        var schema = gateway.Host.Services.GetRequiredService<WatchlistSchema>().Print(new PrintOptions { IncludeDescriptions = false });

        Assert.Contains("entry(id: ID!, asOf: DateTime): Entry", schema);
        Assert.Contains("entries(filter: EntryFilter, first: Int, after: String): EntryConnection!", schema);
        Assert.Contains("listEntry(input: ListEntryInput!): Entry!", schema);
        Assert.Contains("amendEntry(id: ID!, expectedVersion: Int!, input: AmendEntryInput!, reason: String): Entry!", schema);
        foreach (var name in new[] { "suspendEntry", "reinstateEntry", "delistEntry" })
            Assert.Contains($"{name}(id: ID!, expectedVersion: Int!, reason: String!): Entry!", schema);
        Assert.Contains("history: [EntryChange!]!", schema);
        Assert.Contains("TRAVEL_DOCUMENT", schema);
        Assert.Contains("LOST_STOLEN_DOCUMENT", schema);
        Assert.Contains("viewer: Viewer", schema);
    }

    /// <summary>A selection of __Type.ofType nested <paramref name="levels"/> times: deep, but cheap.</summary>
    private static string DeepTypeQuery(int levels, string alongside = "") =>
        $"{{ {alongside} __type(name: \"Entry\") {{ fields {{ type {{ " +
        $"{string.Concat(Enumerable.Repeat("ofType { ", levels))} name {new string('}', levels + 3)} }}";

    [Theory]
    [InlineData(10, "viewer { agency }")] // 14 levels with an ordinary field: over the limit of 12
    [InlineData(15, "")]                  // 19 levels of introspection alone: over its limit of 16
    public async Task A_query_nested_deeper_than_the_limit_is_refused_before_it_runs(int levels, string alongside)
    {
        var answer = await Admin().GraphQLAsync(DeepTypeQuery(levels, alongside));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.ToString());
        Assert.Equal("COMPLEXITY", answer.Code);
        Assert.Contains("too nested", Assert.Single(answer.Errors).GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_full_introspection_query_of_graphiql_and_code_generators_is_answered()
    {
        var schema = (await gateway.Host.CreateClient().GraphQLAsync(IntrospectionQuery)).Ok().GetProperty("__schema");

        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Contains(schema.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "EntryConnection");
    }

    [Fact]
    public async Task A_query_that_would_cost_too_much_is_refused_before_it_runs()
    {
        // 500 entries, each asking the service for its history: 500 REST calls are never made.
        var answer = await Admin().GraphQLAsync("""
            { entries(first: 500) { edges { node { id history { version type changes { field from to } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.ToString());
        Assert.Equal("COMPLEXITY", answer.Code);
    }

    [Fact]
    public async Task A_page_of_ten_entries_with_their_history_is_within_the_limits()
    {
        // 11 service calls, within the budget of 20: it runs, and with no watchlist service behind this gateway,
        // the resolver reports it unavailable. (A page of 50 with history is 51 calls, refused; see GraphQLAbuseTests.)
        var answer = await Admin().GraphQLAsync(
            "{ entries(first: 10) { edges { cursor node { id version status names { value type } history { version type at } } } " +
            "pageInfo { hasNextPage endCursor } } }");

        Assert.Equal("SERVICE_UNAVAILABLE", answer.Code);
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name

        """ +
        // One line of the query, too long for the code: the concatenation keeps the query text as it was.
        "  ofType { kind name ofType { kind name ofType { kind name ofType { " +
        "kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }\n" +
        """
        }
        """;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) return dir.FullName;
        throw new InvalidOperationException($"No Directory.Packages.props above {AppContext.BaseDirectory}.");
    }
}
