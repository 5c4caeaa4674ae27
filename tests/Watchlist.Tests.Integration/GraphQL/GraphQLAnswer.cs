using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>A GraphQL over HTTP answer: status, data, errors.</summary>
public sealed record GraphQLAnswer(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors => Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The one error's extensions.code; fails when there is not exactly one error.</summary>
    public string? Code => Assert.Single(Errors).GetProperty("extensions").GetProperty("code").GetString();

    public JsonElement Extensions => Assert.Single(Errors).GetProperty("extensions");

    /// <summary>Data without errors, or a failure that shows the whole answer.</summary>
    public JsonElement Ok()
    {
        Assert.True(Errors.Count == 0, $"GraphQL answered with errors: {Body}");
        return Data;
    }

    public override string ToString() => $"{(int)Status} {Body}";
}

public static class GraphQLCalls
{
    /// <summary>POSTs a GraphQL request as a graphql-response+json client, so that the status code says whether it ran.</summary>
    public static async Task<GraphQLAnswer> GraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? correlationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (correlationId is not null) request.Headers.Add("X-Correlation-ID", correlationId);
        using var response = await client.SendAsync(request);
        return new GraphQLAnswer(response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
