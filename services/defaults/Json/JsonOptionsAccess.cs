using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Watchlist.ServiceDefaults.Json;

public static class JsonOptionsAccess
{
    /// <summary>The same JSON options the minimal-API results use, for bodies written by hand.</summary>
    public static JsonSerializerOptions GetJsonOptions(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
