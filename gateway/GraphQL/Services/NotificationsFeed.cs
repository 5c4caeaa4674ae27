using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>
/// The gateway's side of a GraphQL subscription: creates a subscription at the notifications service with the
/// caller's token and filter, and hands back its SSE stream as an observable. Errors of the creation (no token,
/// wrong role, a bad filter) surface as the GraphQL error of the subscribe message, before any event.
/// </summary>
public sealed class NotificationsFeed(IHttpClientFactory clients, ILogger<NotificationsFeed> log)
{
    public const string ClientName = "notifications";
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IObservable<AlertNotification>> OpenAsync(
        string token, IReadOnlyDictionary<string, object?> filter, CancellationToken ct)
    {
        using var client = Client(token);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsJsonAsync(
                "api/subscriptions", new { name = "graphql-ws", filter = ToRestFilter(filter) }, Json, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new global::GraphQL.ExecutionError("The notifications service did not answer; try again shortly.", ex)
            {
                Code = RestErrors.ServiceUnavailable,
            };
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await RestErrors.FromAsync(
                    response,
                    new Dictionary<string, string> { ["statuses"] = "status" },
                    ct,
                    new ServiceName("notifications", "subscription"));
            }
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("id").GetGuid();
            return new SseObservable(this, token, id, log);
        }
    }

    /// <summary>A client per operation: the observable outlives the request scope that resolved the field.</summary>
    internal HttpClient Client(string token)
    {
        var client = clients.CreateClient(ClientName);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Dictionary<string, object?> ToRestFilter(IReadOnlyDictionary<string, object?> filter) =>
        filter.ToDictionary(f => f.Key == "status" ? "statuses" : f.Key, f => f.Value);
}
