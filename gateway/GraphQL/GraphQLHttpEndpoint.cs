using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Watchlist.Gateway.GraphQL.Limits;

namespace Watchlist.Gateway.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's spec): POST with a JSON body, or GET for queries.
/// A client that accepts <c>application/graphql-response+json</c> gets status codes that mean
/// something (400 when the request did not execute); a legacy <c>application/json</c> client gets 200. A browser navigating
/// here gets GraphiQL instead (<see cref="Ide.GraphiQLEndpoints"/>).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";
    private const string ResponseMediaType = "application/graphql-response+json";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        // The same per-client budget as REST: GraphQL resolvers call the services and must not be a way around it.
        // The same body limit as every other route, set by routing before anything reads the body: reading past it throws
        // a 413, which the problem details handler answers.
        var bodyLimit = new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(
            app.ServiceProvider.GetRequiredService<GraphQLLimits>().MaxRequestBytes);
        app.MapPost(Path, Handle).AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(Routing.RateLimits.Standard).WithMetadata(bodyLimit);
        app.MapGet(Path, Handle).AllowAnonymous().RequireRateLimiting(Routing.RateLimits.Standard);
        return app;
    }

    private static async Task Handle(HttpContext http, IDocumentExecuter<WatchlistSchema> executer, IGraphQLTextSerializer serializer)
    {
        if (Ide.GraphiQLEndpoints.IsBrowserNavigation(http.Request))
        {
            await Ide.GraphiQLEndpoints.WritePageAsync(http);
            return;
        }
        var (request, problem) = await ReadAsync(http, serializer);
        if (request is null)
        {
            await WriteAsync(http, serializer,
                new ExecutionResult { Errors = [new ExecutionError(problem!) { Code = "BAD_REQUEST" }] }, 400);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });
        if (HttpMethods.IsGet(http.Request.Method) && result.Operation?.Operation == GraphQLParser.AST.OperationType.Mutation)
        {
            await WriteAsync(http, serializer,
                new ExecutionResult { Errors = [new ExecutionError("Mutations must be sent with POST.") { Code = "BAD_REQUEST" }] }, 405);
            return;
        }
        await WriteAsync(http, serializer, result, result.Executed ? 200 : 400);
    }

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        try
        {
            GraphQLRequest? request;
            if (HttpMethods.IsGet(http.Request.Method))
            {
                var q = http.Request.Query;
                request = new GraphQLRequest
                {
                    Query = q["query"],
                    OperationName = q["operationName"],
                    Variables = q["variables"] is { Count: > 0 } v ? serializer.Deserialize<Inputs>(v.ToString()) : null,
                };
            }
            else
            {
                if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
                    return (null, "Send the request as Content-Type: application/json with {\"query\": \"...\"}.");
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            return string.IsNullOrWhiteSpace(request?.Query) ? (null, "The request has no \"query\".") : (request, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // The serializer's own message names .NET types (GraphQL.Inputs, ...): say what a request must look like instead.
            var at = ex is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? $" (line {line + 1}, byte {position + 1})"
                : "";
            return (null, $"The request is not a valid GraphQL request{at}: send a JSON object "
                + "{\"query\": string, \"operationName\": string?, \"variables\": object?, \"extensions\": object?}.");
        }
    }

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result, int strictStatus)
    {
        // No Accept header means a legacy client (the spec says: treat it as application/json).
        var accept = http.Request.Headers.Accept.ToString();
        var strict = accept.Contains(ResponseMediaType, StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*");
        http.Response.StatusCode = strict || strictStatus == 405 ? strictStatus : 200;
        http.Response.ContentType = strict ? $"{ResponseMediaType}; charset=utf-8" : "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
