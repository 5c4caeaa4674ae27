using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>Subscribing and reading feeds through the gateway, as a command centre's client would.</summary>
public static class NotificationFeeds
{
    public static async Task<Guid> SubscribeAsync(this HttpClient client, object filter, string name = "test")
    {
        var response = await client.PostAsJsonAsync("/api/subscriptions", new { name, filter });
        Assert.True(
            response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    public static async Task<List<JsonElement>> FeedAsync(this HttpClient client, Guid subscription, long after = 0, int limit = 500)
    {
        var response = await client.GetAsync($"/api/notifications?subscription={subscription}&after={after}&limit={limit}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("items").EnumerateArray().ToList();
    }

    public static Task<List<JsonElement>> FeedUntilAsync(this HttpClient client, Guid subscription, int count, TimeSpan? timeout = null) =>
        Eventually.Until(
            () => client.FeedAsync(subscription), items => items.Count >= count, $"{count} notifications in feed {subscription}", timeout);
}
