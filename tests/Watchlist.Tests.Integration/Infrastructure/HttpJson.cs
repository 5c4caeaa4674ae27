using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Watchlist.Tests.Integration.Infrastructure;

public static class HttpJson
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A request with If-Match and a JSON body, as the changing endpoints want them.</summary>
    public static HttpRequestMessage WithIfMatch(
        HttpMethod method, string uri, int? version, object? body, string mediaType = "application/json") =>
        new(method, uri)
        {
            Content = body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, mediaType),
            Headers = { { "If-Match", version is null ? [] : [$"\"{version}\""] } },
        };
}
