using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Watchlist.Gateway.GraphQL.Entries;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>
/// The watchlist service's entry API, as the GraphQL resolvers use it. Every call carries the caller's
/// <c>Authorization</c> and <c>X-Correlation-ID</c>: the service checks the token and roles itself, and
/// <see cref="RestErrors"/> turns its refusals into GraphQL errors.
/// </summary>
public sealed class WatchlistApi(HttpClient http, IHttpContextAccessor accessor)
{
    public static readonly ServiceName Name = new("watchlist", "entry");
    private static readonly JsonSerializerOptions Json = ServiceCalls.Json;

    /// <summary>GraphQL argument names for the REST parameters a caller can get wrong when listing.</summary>
    private static readonly Dictionary<string, string> ListingArguments = new() { ["limit"] = "first", ["cursor"] = "after" };

    /// <summary>
    /// The entry now or as it was at <paramref name="asOf"/>; null when it does not exist or is not released to the caller.
    /// </summary>
    public async Task<EntryData?> GetEntryAsync(Guid id, DateTime? asOf, CancellationToken ct)
    {
        var query = asOf is { } at ? $"?asOf={Uri.EscapeDataString(at.ToUniversalTime().ToString("O"))}" : "";
        using var response = await SendAsync(HttpMethod.Get, $"api/entries/{id}{query}", null, null, ct);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<EntryData>(response, null, ct);
    }

    public async Task<RestPage<EntryData>> ListEntriesAsync(
        IReadOnlyDictionary<string, object?>? filter, int limit, string? cursor, CancellationToken ct)
    {
        var parameters = (filter ?? new Dictionary<string, object?>())
            .Where(p => p.Value is not null)
            .Select(p => (Name: p.Key, Value: p.Value!.ToString()!))
            .Append((Name: "limit", Value: limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(cursor is null ? [] : [(Name: "cursor", Value: cursor)]);
        var query = string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        using var response = await SendAsync(HttpMethod.Get, $"api/entries?{query}", null, null, ct);
        return await ReadAsync<RestPage<EntryData>>(response, ListingArguments, ct);
    }

    public async Task<IReadOnlyList<EntryChangeData>> GetHistoryAsync(Guid id, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/entries/{id}/history", null, null, ct);
        return await ReadAsync<List<EntryChangeData>>(response, null, ct);
    }

    /// <summary>Lists a new entry; <paramref name="input"/> holds the fields the caller gave, by their REST names.</summary>
    public async Task<EntryData> ListEntryAsync(IReadOnlyDictionary<string, object?> input, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/entries", Body(input, "application/json"), null, ct);
        return await ReadAsync<EntryData>(response, null, ct);
    }

    /// <summary>A JSON merge patch: a field given as null is removed, a field not given is left as it is.</summary>
    public async Task<EntryData> AmendEntryAsync(
        Guid id, int expectedVersion, IReadOnlyDictionary<string, object?> changes, string? reason, CancellationToken ct)
    {
        var patch = new Dictionary<string, object?>(changes);
        if (reason is not null) patch["reason"] = reason;
        using var response = await SendAsync(
            HttpMethod.Patch, $"api/entries/{id}", Body(patch, "application/merge-patch+json"), expectedVersion, ct);
        return await ReadAsync<EntryData>(response, null, ct);
    }

    /// <summary>POST /api/entries/{id}/suspend, /reinstate or /delist.</summary>
    public async Task<EntryData> ChangeStatusAsync(Guid id, string action, int expectedVersion, string reason, CancellationToken ct)
    {
        using var response = await SendAsync(
            HttpMethod.Post, $"api/entries/{id}/{action}", Body(new { reason }, "application/json"), expectedVersion, ct);
        return await ReadAsync<EntryData>(response, null, ct);
    }

    public async Task<Content.EntryLinksData> GetLinksAsync(Guid id, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/entries/{id}/links", null, null, ct);
        return await ReadAsync<Content.EntryLinksData>(response, null, ct);
    }

    /// <summary>POST /api/screenings/content: a post read and screened; its refusals (400, 413) become BAD_USER_INPUT.</summary>
    public async Task<Content.ContentScreeningData> ScreenContentAsync(IReadOnlyDictionary<string, object?> request, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/screenings/content", Body(request, "application/json"), null, ct);
        return await ReadAsync<Content.ContentScreeningData>(response, null, ct);
    }

    public async Task<Governance.ListPolicyData?> GetListPolicyAsync(string list, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/lists/{Uri.EscapeDataString(list)}", null, null, ct);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<Governance.ListPolicyData>(response, null, ct);
    }

    public async Task<Governance.ListPolicyPageData> ListPoliciesAsync(int limit, string? cursor, CancellationToken ct)
    {
        var query = $"limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
        using var response = await SendAsync(HttpMethod.Get, $"api/lists?{query}", null, null, ct);
        return await ReadAsync<Governance.ListPolicyPageData>(response, ListingArguments, ct);
    }

    /// <summary>PUT /api/lists/{list}, with If-Match when a version is given (the first PUT has none).</summary>
    public async Task<Governance.ListPolicyData> SetListPolicyAsync(string list, IReadOnlyDictionary<string, object?> terms,
        int? expectedVersion, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Put, $"api/lists/{Uri.EscapeDataString(list)}", Body(terms, "application/json"),
            expectedVersion, ct);
        return await ReadAsync<Governance.ListPolicyData>(response, null, ct);
    }

    /// <summary>GET /api/access-log: the service asks for the caller's X-Purpose, which <see cref="ServiceCalls"/> forwards.</summary>
    public async Task<Governance.AccessLogPageData> AccessLogAsync(IReadOnlyDictionary<string, object?> filter, CancellationToken ct)
    {
        var query = string.Join("&", filter.Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}"));
        using var response = await SendAsync(HttpMethod.Get, $"api/access-log?{query}", null, null, ct);
        return await ReadAsync<Governance.AccessLogPageData>(response, ListingArguments, ct);
    }

    private static StringContent Body(object body, string mediaType) =>
        new(JsonSerializer.Serialize(body, Json), Encoding.UTF8, mediaType);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, int? ifMatch, CancellationToken ct) =>
        http.SendForCallerAsync(accessor, Name, method, path, content, ifMatch, ct);

    private static Task<T> ReadAsync<T>(
        HttpResponseMessage response, IReadOnlyDictionary<string, string>? fieldNames, CancellationToken ct) =>
        response.ReadOrThrowAsync<T>(Name, fieldNames, ct);
}
