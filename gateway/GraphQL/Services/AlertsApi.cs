using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphQL;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.Gateway.GraphQL.Services;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>
/// The alerts service's API, as the GraphQL resolvers use it. Every call carries the caller's <c>Authorization</c> and
/// <c>X-Correlation-ID</c>: the service checks the token, role and releasability itself.
/// </summary>
public sealed class AlertsApi(HttpClient http, IHttpContextAccessor accessor)
{
    private static readonly ServiceName Name = new("alerts", "alert");
    private static readonly JsonSerializerOptions Json = ServiceCalls.Json;
    private static readonly Dictionary<string, string> ListingArguments = new() { ["limit"] = "first", ["cursor"] = "after" };

    /// <summary>REST query parameters for the AlertFilter fields: the filter's plural lists become repeated parameters.</summary>
    private static readonly Dictionary<string, string> FilterParameters = new()
    {
        ["borderPosts"] = "borderPost", ["minSeverity"] = "minSeverity", ["lists"] = "list", ["categories"] = "category",
        ["actions"] = "action", ["status"] = "status", ["entryId"] = "entryId", ["units"] = "unit",
    };

    public async Task<AlertData?> GetAlertAsync(Guid id, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/alerts/{id}", null, null, ct);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<AlertData>(response, null, ct);
    }

    public async Task<RestPage<AlertData>> ListAlertsAsync(
        IReadOnlyDictionary<string, object?>? filter, int limit, string? cursor, CancellationToken ct)
    {
        var parameters = (filter ?? new Dictionary<string, object?>())
            .Where(p => p.Value is not null && FilterParameters.ContainsKey(p.Key))
            .SelectMany(p => (p.Value is string or not System.Collections.IEnumerable
                    ? [p.Value!]
                    : ((System.Collections.IEnumerable)p.Value!).Cast<object>())
                .Select(v => (Name: FilterParameters[p.Key], Value: v.ToString()!)))
            .Append((Name: "limit", Value: limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(cursor is null ? [] : [(Name: "cursor", Value: cursor)]);
        var query = string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        using var response = await SendAsync(HttpMethod.Get, $"api/alerts?{query}", null, null, ct);
        return await ReadAsync<RestPage<AlertData>>(response, ListingArguments, ct);
    }

    public async Task<IReadOnlyList<AlertChangeData>> GetHistoryAsync(Guid id, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/alerts/{id}/history", null, null, ct);
        return await ReadAsync<List<AlertChangeData>>(response, null, ct);
    }

    /// <summary>POST /api/alerts/{id}/{action} with If-Match: acknowledge, assign, escalate, comment, resolve, reopen.</summary>
    public async Task<AlertData> WorkAsync(Guid id, string action, int expectedVersion, object body, CancellationToken ct)
    {
        var content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
        using var response = await SendAsync(HttpMethod.Post, $"api/alerts/{id}/{action}", content, expectedVersion, ct);
        return await ReadAsync<AlertData>(response, null, ct);
    }

    /// <summary>POST /api/entries/impact: the proposed entry as ListEntryInput gives it; nothing is stored.</summary>
    public async Task<Governance.ImpactData> ImpactAsync(IReadOnlyDictionary<string, object?> entry, CancellationToken ct)
    {
        var content = new StringContent(JsonSerializer.Serialize(entry, Json), Encoding.UTF8, "application/json");
        using var response = await SendAsync(HttpMethod.Post, "api/entries/impact", content, null, ct);
        return await ReadAsync<Governance.ImpactData>(response, null, ct);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, int? ifMatch, CancellationToken ct) =>
        http.SendForCallerAsync(accessor, Name, method, path, content, ifMatch, ct);

    private static Task<T> ReadAsync<T>(
        HttpResponseMessage response, IReadOnlyDictionary<string, string>? fieldNames, CancellationToken ct) =>
        response.ReadOrThrowAsync<T>(Name, fieldNames, ct);
}
