using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Authorization;
using Watchlist.WebConsole.Account;

namespace Watchlist.WebConsole.Gateway;

/// <summary>
/// The console's only way to the platform: the gateway's public REST API, called with the signed-in user's own token.
/// Whatever the user may not see, the gateway does not give; the console adds no access of its own.
/// </summary>
public sealed class PlatformApi(IHttpClientFactory clients, AuthenticationStateProvider authentication)
{
    public const string Client = "gateway";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(string path, CancellationToken ct = default)
    {
        var result = await SendAsync<T>(HttpMethod.Get, path, null, null, ct);
        return result.Value ?? throw new ApiException(result.Problem ?? ApiProblem.Of((int)result.Status, "The platform gave no answer."));
    }

    /// <summary>A call whose refusal the page shows (a 412, field errors); only an expired session throws.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, int? ifMatch, CancellationToken ct = default)
    {
        using var request = await RequestAsync(method, path);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        if (ifMatch is { } version) request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        using var response = await clients.CreateClient(Client).SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized) throw new SessionExpiredException();
        if (!response.IsSuccessStatusCode) return new ApiResult<T>(response.StatusCode, default, await ApiProblem.ReadAsync(response, ct));
        var value = response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<T>(Json, ct);
        return new ApiResult<T>(response.StatusCode, value, null);
    }

    public Task<AuthenticationState> AuthenticationState() => authentication.GetAuthenticationStateAsync();

    /// <summary>A request with the user's token, for callers that read the answer themselves (the notifications stream).</summary>
    public async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var token = state.User.TokenOf() ?? throw new SessionExpiredException();
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>A client without a timeout, for the notifications stream that stays open for hours.</summary>
    public HttpClient Stream => clients.CreateClient(StreamClient);

    public const string StreamClient = "gateway-stream";
}

public sealed record ApiResult<T>(HttpStatusCode Status, T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>An RFC 9457 problem as the platform answers it, with its field errors.</summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ApiProblem Of(int status, string title) => new(status, title, null, new Dictionary<string, string[]>());

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(Json, ct);
            if (problem is not null)
                return problem with { Status = (int)response.StatusCode, Errors = problem.Errors ?? new Dictionary<string, string[]>() };
        }
        catch (JsonException) { }
        catch (NotSupportedException) { }
        return Of((int)response.StatusCode, response.ReasonPhrase ?? "The request failed.");
    }

    /// <summary>The messages for a field, whatever case the API wrote its name in.</summary>
    public IReadOnlyList<string> For(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value).ToList();

    /// <summary>The messages for a list field and its items (<c>birthDates</c>, <c>birthDates[1]</c>, <c>names[0].value</c>).</summary>
    public IReadOnlyList<string> Under(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)
                || e.Key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value).ToList();

    private static JsonSerializerOptions Json => PlatformApi.Json;
}

public sealed class ApiException(ApiProblem problem) : Exception(problem.Title)
{
    public ApiProblem Problem { get; } = problem;
}

/// <summary>The gateway refused the token: it has expired (or been revoked). The user signs in again.</summary>
public sealed class SessionExpiredException() : Exception("The session has expired.");
