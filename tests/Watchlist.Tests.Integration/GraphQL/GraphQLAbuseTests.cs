using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Watchlist.Gateway;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.Tests.Integration.Notifications;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>
/// /graphql as a hostile or careless client uses it (issue 10, findings 4 and 5): huge documents, alias multiplication,
/// anonymous data queries, oversized bodies, and errors that would leak internals. The gateway runs for real (Development,
/// as on a developer's machine) with a <see cref="CountingService"/> behind it, so every service call is counted.
/// </summary>
public sealed class GraphQLAbuseTests(GraphQLAbuseTests.Gateway gateway) : IClassFixture<GraphQLAbuseTests.Gateway>
{
    public sealed class Gateway : IAsyncDisposable
    {
        public CountingService Service { get; } = CountingService.Start();
        public ServiceHost<GatewayMarker> Host { get; }

        public Gateway() => Host = new ServiceHost<GatewayMarker>(new Dictionary<string, string>
        {
            ["Services:Watchlist"] = Service.Address.ToString(),
            ["Services:Alerts"] = "http://127.0.0.1:9", // nothing listens: the alerts service is down
            ["Services:Notifications"] = Service.Address.ToString(),
        }).Start();

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Service.DisposeAsync();
        }
    }

    private HttpClient Client(string? role)
    {
        var client = gateway.Host.CreateClient();
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(role));
        return client;
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string EntryAliases(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"e{i}: entry(id: \"{Guid.NewGuid()}\") {{ id }} ")) + "}";

    [Fact]
    public async Task A_document_of_twenty_thousand_typename_fields_is_refused_by_its_size_before_it_is_parsed()
    {
        var answer = await Client(null).GraphQLAsync("{ " + Repeat("__typename ", 20_000) + "}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.ToString());
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.Code);
        Assert.Contains("characters", Assert.Single(answer.Errors).GetProperty("message").GetString());
    }

    public static TheoryData<string, string> OversizedDocuments => new()
    {
        // 9,002 tokens in 18 KB: under the size limit, over the token limit.
        { "{ " + Repeat("a ", 9_000) + "}", "tokens" },
        // 1,200 fields in 13 KB: under the size and token limits, over the field limit.
        { "{ " + Repeat("__typename ", 1_200) + "}", "fields" },
        // 2^12 fields through fragments that each spread the next one twice: a few hundred bytes.
        { "{ ...F0 } " + string.Concat(
            Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ... on Query {{ ...F{i + 1} }} }} "))
            + "fragment F12 on Query { __typename }", "fields" },
    };

    [Theory]
    [MemberData(nameof(OversizedDocuments))]
    public async Task A_document_over_the_token_or_field_limit_is_refused_before_validation(string document, string limit)
    {
        var answer = await Client("admin").GraphQLAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.Code);
        Assert.Contains(limit, Assert.Single(answer.Errors).GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(21)]
    [InlineData(450)]
    public async Task Aliases_of_entry_beyond_the_service_call_budget_are_refused_before_any_service_call(int aliases)
    {
        var before = gateway.Service.Calls;

        var answer = await Client("admin").GraphQLAsync(EntryAliases(aliases));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("COMPLEXITY", answer.Code);
        Assert.Contains($"{aliases} service calls", Assert.Single(answer.Errors).GetProperty("message").GetString());
        Assert.Equal(before, gateway.Service.Calls);
    }

    [Fact]
    public async Task Twenty_aliases_of_entry_are_within_the_budget_and_each_is_one_service_call()
    {
        var before = gateway.Service.Calls;

        var data = (await Client("admin").GraphQLAsync(EntryAliases(20))).Ok();

        Assert.All(data.EnumerateObject(), e => Assert.Equal(JsonValueKind.Null, e.Value.ValueKind));
        Assert.Equal(before + 20, gateway.Service.Calls);
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_parser_reads_is_a_client_error_not_an_internal_one()
    {
        var answer = await Client("admin").GraphQLAsync(Repeat("{ viewer ", 300) + Repeat("} ", 300));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.Code);
    }

    [Fact]
    public async Task A_filter_too_long_for_the_service_is_bad_user_input_not_a_service_error()
    {
        var answer = await Client("admin").GraphQLAsync("query($f: EntryFilter) { entries(filter: $f) { edges { cursor } } }",
            new { f = new { q = Repeat("nguyen ", 2_500) } });

        Assert.Equal("BAD_USER_INPUT", answer.Code); // the service's Kestrel answered 414 to the long address
    }

    [Fact]
    public async Task A_filter_hundreds_of_kilobytes_long_is_bad_user_input_whatever_the_load()
    {
        // Escaped, 600 KB of address: sent, the service's 414 raced the rest of the request and a reset read as unavailable.
        var answer = await Client("admin").GraphQLAsync("query($f: EntryFilter) { entries(filter: $f) { edges { cursor } } }",
            new { f = new { q = Repeat("é", 100_000) } });

        Assert.Equal("BAD_USER_INPUT", answer.Code);
    }

    private const string SomeId = "9b2f0000-0000-4000-8000-000000000000";
    private const string Suspend = $"suspendEntry(id: \"{SomeId}\", expectedVersion: 1, reason: \"r\") {{ id history {{ version }} }}";

    [Theory]
    [InlineData("{ entries(first: 20) { edges { node { id history { version } } } } }", 21)]
    [InlineData("{ entries { edges { node { id } } } alerts { edges { node { id history { version } } } } }", 52)]
    [InlineData("mutation { a: " + Suspend + " b: " + Suspend + " c: " + Suspend + " d: " + Suspend + " e: " + Suspend + " f: " + Suspend
        + " g: " + Suspend + " h: " + Suspend + " i: " + Suspend + " j: " + Suspend + " k: " + Suspend + " }", 22)]
    public async Task Every_field_that_calls_a_service_counts_against_the_budget(string document, int calls)
    {
        var before = gateway.Service.Calls;

        var answer = await Client("admin").GraphQLAsync(document);

        Assert.Equal("COMPLEXITY", answer.Code);
        Assert.Contains($"{calls} service calls", Assert.Single(answer.Errors).GetProperty("message").GetString());
        Assert.Equal(before, gateway.Service.Calls);
    }

    [Theory]
    [InlineData("{ viewer { subject roles agency } }")]
    [InlineData("{ entry(id: \"9b2f0000-0000-4000-8000-000000000000\") { id } }")]
    [InlineData("{ __typename ...on Query { entries(first: 1) { pageInfo { hasNextPage } } } }")]
    [InlineData("query Q { ...Data } fragment Data on Query { alert(id: \"9b2f0000-0000-4000-8000-000000000000\") { id } }")]
    [InlineData("mutation { suspendEntry(id: \"9b2f0000-0000-4000-8000-000000000000\", expectedVersion: 1, reason: \"r\") { id } }")]
    public async Task An_anonymous_request_for_anything_but_introspection_is_unauthenticated_before_any_service_call(string document)
    {
        var before = gateway.Service.Calls;

        var answer = await Client(null).GraphQLAsync(document);

        Assert.Equal("UNAUTHENTICATED", answer.Code);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.ToString());
        Assert.Equal(before, gateway.Service.Calls);
    }

    [Fact]
    public async Task An_anonymous_request_may_introspect_where_introspection_is_enabled()
    {
        var data = (await Client(null).GraphQLAsync("{ __typename __schema { queryType { name } } __type(name: \"Entry\") { name } }"))
            .Ok();

        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    public static TheoryData<string, string> FailingRequests => new()
    {
        // The service answers 200 with a body that is not JSON: an exception the resolver did not expect.
        { $"{{ entry(id: \"{CountingService.BrokenId}\") {{ id }} }}", "INTERNAL_SERVER_ERROR" },
        // The alerts service does not answer: an HttpRequestException inside.
        { "{ alert(id: \"9b2f0000-0000-4000-8000-000000000000\") { id } }", "SERVICE_UNAVAILABLE" },
        // A literal the DateTime scalar cannot parse: a FormatException inside.
        { "{ entry(id: \"9b2f0000-0000-4000-8000-000000000000\", asOf: \"the day before yesterday\") { id } }",
            "ARGUMENTS_OF_CORRECT_TYPE" },
        { "{ entry(id: \"9b2f0000-0000-4000-8000-000000000000\") { nothingHere } }", "FIELDS_ON_CORRECT_TYPE" },
    };

    [Theory]
    [MemberData(nameof(FailingRequests))]
    public async Task No_error_carries_exception_details_even_in_Development(string document, string code)
    {
        var answer = await Client("admin").GraphQLAsync(document);
        var text = answer.Body.GetRawText();

        Assert.Equal(code, answer.Errors[0].GetProperty("extensions").GetProperty("code").GetString());
        foreach (var error in answer.Errors)
        {
            var extensions = error.GetProperty("extensions");
            Assert.False(extensions.TryGetProperty("details", out _), text);
            Assert.False(extensions.TryGetProperty("codes", out _), text); // codes would name the .NET exception types inside
            Assert.False(extensions.TryGetProperty("data", out _), text);
        }
        foreach (var leak in new[] { "Exception", "   at ", ".cs:line", "System.", "Watchlist.Gateway", "GraphQL.", "<html>" })
            Assert.DoesNotContain(leak, text);
    }

    [Theory]
    [InlineData("""{"query": 5}""")]
    [InlineData("""{"query": "{ __typename }", "variables": 7}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": {}}""")]
    public async Task A_malformed_request_is_refused_without_naming_internal_types(string body)
    {
        using var response = await Client("admin").PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // a legacy application/json client: the error is in the body
        Assert.Contains("not a valid GraphQL request", text);
        Assert.DoesNotContain("GraphQL.", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public async Task An_unexpected_failure_is_an_internal_error_with_a_generic_message_and_the_correlation_id()
    {
        var answer = await Client("admin").GraphQLAsync(
            $"{{ entry(id: \"{CountingService.BrokenId}\") {{ id }} }}", correlationId: "abuse-internal-1");

        var error = Assert.Single(answer.Errors);
        Assert.Equal("INTERNAL_SERVER_ERROR", answer.Code);
        Assert.Equal("abuse-internal-1", answer.Extensions.GetProperty("correlationId").GetString());
        Assert.DoesNotContain("JSON", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_one_mebibyte_is_refused_with_413_problem_json(bool chunked)
    {
        var body = JsonSerializer.Serialize(new { query = "{ __typename }", variables = new { padding = new string('x', 1 << 20) } });
        HttpContent content = chunked
            ? new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)))
            : new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // As a careful client sends a large body (and the fuzz suite does): with 100-continue the 413 comes before the body,
        // instead of racing it and breaking the pipe under the client's feet (CI saw that once).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await Client(null).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, (await response.Json()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_body_just_under_one_mebibyte_is_read()
    {
        var body = JsonSerializer.Serialize(
            new { query = "{ __typename }", variables = new { padding = new string('x', (1 << 20) - 100) } });

        using var response = await Client(null).PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.Json()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_subscribe_message_is_held_to_the_same_document_limits_and_budget()
    {
        await using var ws = await GraphQLWebSocket.ConnectAsync(gateway.Host.Address);
        await ws.InitAsync(DevTokens.Issue("command-centre"));
        await ws.ExpectAsync("connection_ack");
        var before = gateway.Service.Calls;

        await ws.SubscribeAsync("big", "{ " + Repeat("__typename ", 1_200) + "}");
        var big = await ws.ExpectAsync("error");
        await ws.SubscribeAsync("costly", EntryAliases(21));
        var costly = await ws.ExpectAsync("error");

        Assert.Equal("DOCUMENT_TOO_LARGE", big.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("COMPLEXITY", costly.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, gateway.Service.Calls);
    }

    /// <summary>A body whose length HttpClient cannot know, so it goes out chunked, as a streaming client sends it.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
