using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Foundation;

/// <summary>The front door: authentication, roles, problem details, routing, limits, GraphQL, Swagger, health.</summary>
[GatewaySetting("RateLimits:StandardPerSecond", "20")]
public sealed class GatewayTests(PlatformTest<GatewayTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<GatewayTests>(fixture, rabbit)
{
    private static readonly object MinimalEntry = new
    {
        kind = "PERSON",
        names = new[] { new { value = "Nguyễn Văn Hùng", type = "PRIMARY" } },
        category = "HUMAN_TRAFFICKING",
        action = "ARREST",
    };

    [Fact]
    public async Task A_request_without_a_token_is_refused_with_401()
    {
        var response = await Platform.Client(role: null).PostAsJsonAsync("/api/entries", MinimalEntry);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_with_401()
    {
        var client = Platform.Client(role: null);
        client.DefaultRequestHeaders.Authorization = new(
            "Bearer", DevTokens.Issue("admin", key: "some-other-key-that-is-long-enough-for-hmac-sha256"));
        var response = await client.GetAsync($"/api/entries/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_wrong_role_is_refused_with_403()
    {
        var response = await Platform.Client("officer").PostAsJsonAsync("/api/entries", MinimalEntry);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_lists_an_entry_and_an_auditor_reads_it_back()
    {
        var created = await Platform.Client("admin").PostAsJsonAsync("/api/entries", MinimalEntry);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var location = created.Headers.Location!;

        var read = await Platform.Client("auditor").GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var entry = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Nguyễn Văn Hùng", entry.GetProperty("names")[0].GetProperty("value").GetString());
        Assert.Equal("CRITICAL", entry.GetProperty("severity").GetString()); // the default for ARREST
        Assert.Equal("VN-MPS", entry.GetProperty("ownerAgency").GetString());
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem_that_says_where()
    {
        var body = new StringContent("{\"kind\": \"PERSON\", \"names\": [", Encoding.UTF8, "application/json");
        var response = await Platform.Client("admin").PostAsync("/api/entries", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("line 1", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_invalid_entry_gets_field_level_errors()
    {
        var response = await Platform.Client("admin").PostAsJsonAsync(
            "/api/entries", new { kind = "PERSON", names = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("names", out _));
        Assert.True(errors.TryGetProperty("action", out _));
    }

    [Fact]
    public async Task An_unknown_route_gets_404()
    {
        var response = await Platform.Client("admin").GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = new StringContent(new string(' ', 2 << 20), Encoding.UTF8, "application/json");
        // 100-continue: the 413 comes before the body instead of racing it (a broken pipe otherwise, now and then).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/entries") { Content = huge };
        request.Headers.ExpectContinue = true;
        var response = await Platform.Client("admin").SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_rate_gets_429_and_others_are_unaffected()
    {
        var greedy = Platform.Client("auditor", subject: "greedy-client");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 80).Select(_ => greedy.GetAsync($"/api/entries/{Guid.NewGuid()}")));

        Assert.Contains(statuses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Contains(statuses, r => r.StatusCode == HttpStatusCode.NotFound);
        var other = await Platform.Client("auditor", subject: "patient-client").GetAsync($"/api/entries/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_correlation_id_passes_through_to_the_service_and_back_once()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/entries/{Guid.NewGuid()}");
        request.Headers.Add("X-Correlation-ID", "border-post-42");
        var response = await Platform.Client("auditor").SendAsync(request);

        Assert.Equal(["border-post-42"], response.Headers.GetValues("X-Correlation-ID"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("border-post-42", problem.GetProperty("correlationId").GetString()); // written by the watchlist service
    }

    [Fact]
    public async Task GraphQL_answers_typename_over_http()
    {
        var response = await Platform.Client(role: null).PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task GraphQL_rejects_an_invalid_document_with_400_for_a_graphql_response_client()
    {
        var request =
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ nothingHere }" }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await Platform.Client("admin").SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("nothingHere", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task GraphQL_viewer_shows_the_callers_role_and_agency()
    {
        var response = await Platform.Client("officer", "KH-GDI").PostAsJsonAsync(
            "/graphql", new { query = "{ viewer { roles agency } }" });
        var viewer = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("viewer");
        Assert.Equal("officer", viewer.GetProperty("roles")[0].GetString());
        Assert.Equal("KH-GDI", viewer.GetProperty("agency").GetString());
    }

    [Fact]
    public async Task Swagger_ui_lists_every_services_document_through_the_gateway()
    {
        var client = Platform.Client(role: null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/index.html")).StatusCode);
        var watchlist = await client.GetFromJsonAsync<JsonElement>("/swagger/watchlist/swagger.json");
        Assert.True(watchlist.GetProperty("paths").TryGetProperty("/api/entries", out _));
        foreach (var service in new[] { "alerts", "notifications" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/swagger/{service}/swagger.json")).StatusCode);
    }

    /// <summary>One style for every service's API description, so that generated clients read alike.</summary>
    [Theory]
    [InlineData("watchlist")]
    [InlineData("alerts")]
    [InlineData("notifications")]
    public async Task Every_operation_has_a_camel_case_name_a_summary_and_its_answers(string service)
    {
        var document = await Platform.Client(role: null).GetFromJsonAsync<JsonElement>($"/swagger/{service}/swagger.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(
                path => path.Value.EnumerateObject().Select(op => (Where: $"{op.Name.ToUpperInvariant()} {path.Name}", Op: op.Value)))
            .ToList();
        Assert.NotEmpty(operations);
        foreach (var (where, op) in operations)
        {
            var id = op.TryGetProperty("operationId", out var name) ? name.GetString() : null;
            Assert.True(
                id is { Length: > 0 } && char.IsLower(id[0]) && id.All(char.IsLetterOrDigit), $"{service}: {where} is named '{id}'");
            Assert.True(
                op.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 10, $"{service}: {where} has no summary");
            var answers = op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.True(answers.Any(code => code.StartsWith('2')), $"{service}: {where} describes no success: {string.Join(",", answers)}");
            Assert.True(answers.Any(code => code.StartsWith('4')), $"{service}: {where} describes no refusal: {string.Join(",", answers)}");
        }
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Every_host_answers_its_health_endpoints(string path)
    {
        foreach (var address in
            new[] { Platform.Gateway.Address, Platform.Watchlist.Address, Platform.Alerts.Address, Platform.Notifications.Address })
        {
            using var client = new HttpClient { BaseAddress = address };
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK,
                $"{address}{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
