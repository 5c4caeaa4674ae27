using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Watchlist.Gateway.Routing;

public static class ProxySetup
{
    /// <summary>
    /// YARP routes built from <see cref="RouteTable"/>, plus anonymous routes to each service's
    /// OpenAPI document for the Swagger UI (only where <paramref name="exposeOpenApi"/>). Responses stream through unbuffered, so
    /// server-sent events arrive as they are written, and WebSockets pass through.
    /// </summary>
    public static IServiceCollection AddGatewayProxy(this IServiceCollection services, ServiceUrls urls, bool exposeOpenApi)
    {
        var routes = RouteTable.Rules.Select(r => new RouteConfig
        {
            RouteId = r.Id,
            ClusterId = r.Cluster,
            Match = new RouteMatch { Path = r.Path, Methods = r.Methods },
            AuthorizationPolicy = r.Policy,
            RateLimiterPolicy = r.RateLimit,
            MaxRequestBodySize = r.MaxBodyBytes,
        }).Concat(urls.All.Where(_ => exposeOpenApi).Select(s => new RouteConfig
        {
            RouteId = $"openapi-{s.Cluster}",
            ClusterId = s.Cluster,
            Match = new RouteMatch { Path = $"/swagger/{s.Cluster}/swagger.json" },
            AuthorizationPolicy = "anonymous", // YARP's reserved name for "no authorization"
            Transforms = [new Dictionary<string, string> { ["PathSet"] = "/swagger/v1/swagger.json" }],
        })).Append(new RouteConfig
        {
            // The console signs its users in itself (a cookie holding their own token) and calls back through this gateway
            // with that token, so the gateway lets its pages, assets and circuit (a WebSocket) through without one.
            RouteId = "console",
            ClusterId = Clusters.Console,
            Match = new RouteMatch { Path = "/console/{**rest}" },
            AuthorizationPolicy = "anonymous",
            // The console builds its sign-in callback (OpenID Connect) from the host the browser used.
            Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        }).ToList();

        var clusters = urls.All.Append((Cluster: Clusters.Console, Url: urls.Console)).Select(s => new ClusterConfig
        {
            ClusterId = s.Cluster,
            Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = s.Url } },
            // Live feeds stay open for hours; heartbeats keep them from counting as idle.
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromMinutes(5), AllowResponseBuffering = false },
        }).ToList();

        services.AddReverseProxy().LoadFromMemory(routes, clusters);
        return services;
    }
}
