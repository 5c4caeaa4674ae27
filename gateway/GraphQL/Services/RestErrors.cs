using System.Net.Http.Json;
using System.Text.Json;
using GraphQL;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>
/// The one place where a service's HTTP answer becomes a GraphQL error. <c>extensions.code</c> follows API.md:
/// 401 UNAUTHENTICATED, 403 FORBIDDEN, 404 NOT_FOUND, 400/422 (and 413/414/431, arguments too long; 428, expectedVersion missing)
/// BAD_USER_INPUT (with the problem's
/// <c>errors</c> as <c>extensions.fields</c>), 409 and 412 CONFLICT. <c>extensions.correlationId</c> is the id a person can quote.
/// </summary>
public static class RestErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Conflict = "CONFLICT";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string ServiceError = "SERVICE_ERROR";

    /// <summary>
    /// The error for a failed answer; <paramref name="fieldNames"/> renames REST parameters to GraphQL arguments (limit → first).
    /// </summary>
    public static async Task<ExecutionError> FromAsync(
        HttpResponseMessage response, IReadOnlyDictionary<string, string>? fieldNames, CancellationToken ct, ServiceName? service = null)
    {
        var name = service ?? WatchlistApi.Name;
        var problem = await ReadProblemAsync(response, ct);
        var status = (int)response.StatusCode;
        var code = status switch
        {
            401 => Unauthenticated,
            403 => Forbidden,
            404 => NotFound,
            // 428: a change of something that exists, sent without expectedVersion (the service's If-Match).
            400 or 413 or 414 or 422 or 428 or 431 => BadUserInput,
            409 or 412 => Conflict,
            _ => ServiceError,
        };
        var message = status switch
        {
            412 => $"The {name.Thing} has changed since expectedVersion; read it again and reapply your change.",
            428 => $"expectedVersion is required to change an existing {name.Thing}: read it and send its version.",
            413 or 414 or 431 => TooLongMessage(name),
            400 or 422 when problem?.Errors is { Count: > 0 } =>
                $"{problem.Title ?? "The input is not valid."} extensions.fields says which fields and why.",
            < 500 when problem?.Detail is { } detail => problem.Title is { } title ? $"{title} {detail}" : detail,
            _ => code switch
            {
                Unauthenticated => "A valid token is required: send Authorization: Bearer <JWT>.",
                Forbidden => "Your role may not do this.",
                NotFound => "Nothing with this id is visible to you.",
                _ => $"The {name.Service} service answered {status}.",
            },
        };
        var error = new ExecutionError(message) { Code = code };
        error.Extensions = new Dictionary<string, object?>();
        if (problem?.Errors is { Count: > 0 } fields)
            error.Extensions["fields"] = fields.ToDictionary(f => fieldNames?.GetValueOrDefault(f.Key) ?? f.Key, f => f.Value);
        if (problem?.CorrelationId is { } correlationId) error.Extensions["correlationId"] = correlationId;
        return error;
    }

    /// <summary>An argument the gateway refuses before asking the service, shaped like the service's own validation errors.</summary>
    public static ExecutionError BadInput(string field, string message) => new($"{field}: {message}")
    {
        Code = BadUserInput,
        Extensions = new Dictionary<string, object?> { ["fields"] = new Dictionary<string, string[]> { [field] = [message] } },
    };

    /// <summary>What the service's 414 says, for an address longer than it reads, refused before it is sent (see
    /// <see cref="ServiceCalls.MaxTarget"/>).</summary>
    public static ExecutionError TooLong(ServiceName name) => new(TooLongMessage(name)) { Code = BadUserInput };

    private static string TooLongMessage(ServiceName name) => $"The arguments are too long for the {name.Service} service; shorten them.";

    public static ExecutionError Unavailable(ServiceName name, Exception cause) =>
        new($"The {name.Service} service did not answer; try again shortly.", cause) { Code = ServiceUnavailable };

    private static async Task<Problem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true) return null;
        try { return await response.Content.ReadFromJsonAsync<Problem>(ServiceCalls.Json, ct); }
        catch (JsonException) { return null; }
    }

    private sealed record Problem(string? Title, string? Detail, Dictionary<string, string[]>? Errors, string? CorrelationId);
}
