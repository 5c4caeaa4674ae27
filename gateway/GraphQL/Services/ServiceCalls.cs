using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>Names a service and what it keeps, for messages a person reads: ("alerts", "alert").</summary>
public sealed record ServiceName(string Service, string Thing);

/// <summary>
/// How resolvers call a service's REST API: with the caller's <c>Authorization</c>, <c>X-Correlation-ID</c> and <c>X-Purpose</c> (the
/// service checks token, role and releasability itself), and with its refusals turned into GraphQL errors.
/// </summary>
public static class ServiceCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The longest path and query sent: a service reads a request line of 8 KiB (Kestrel's default). A longer one, sent, raced
    /// the service's 414 against the rest of its own bytes, and under load the connection was reset first: a hostile
    /// argument read as a service that did not answer (the fuzz suite, a 261 KB accessLog filter).
    /// </summary>
    public const int MaxTarget = 8_000;

    public static async Task<HttpResponseMessage> SendForCallerAsync(this HttpClient http, IHttpContextAccessor accessor, ServiceName name,
        HttpMethod method, string path, HttpContent? content, int? ifMatch, CancellationToken ct)
    {
        if (path.Length > MaxTarget) throw RestErrors.TooLong(name);
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accessor.HttpContext?.Request.Headers is { } caller)
        {
            if (caller.Authorization.ToString() is { Length: > 0 } authorization)
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            if (caller[CorrelationId.Header].ToString() is { Length: > 0 } correlationId)
                request.Headers.TryAddWithoutValidation(CorrelationId.Header, correlationId);
            // An auditor's purpose of access travels with the read it justifies (the service logs both).
            if (caller["X-Purpose"].ToString() is { Length: > 0 } purpose) request.Headers.TryAddWithoutValidation("X-Purpose", purpose);
        }
        if (ifMatch is { } version) request.Headers.IfMatch.Add(new EntityTagHeaderValue(Preconditions.ETagOf(version)));
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw RestErrors.Unavailable(name, ex);
        }
    }

    public static async Task<T> ReadOrThrowAsync<T>(
        this HttpResponseMessage response, ServiceName name, IReadOnlyDictionary<string, string>? fieldNames, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode) throw await RestErrors.FromAsync(response, fieldNames, ct, name);
        return await response.Content.ReadFromJsonAsync<T>(Json, ct)
            ?? throw new InvalidOperationException($"The {name.Service} service answered {(int)response.StatusCode} without a body.");
    }
}
