using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Gateway.Routing;

/// <summary>One row per public path family: which service answers it, who may call it, how much it may send.</summary>
public sealed record RouteRule(
    string Id, string Path, string Cluster, string Policy, string RateLimit, long MaxBodyBytes, string[]? Methods = null);

public static class RouteTable
{
    private const long Small = 1L << 20;              // 1 MiB: one entry, one alert action
    // 16 MiB: 1,000 travellers with documents; oversized fields get a 400 from the service
    private const long Batch = 16L << 20;
    private const long ListFile = 256L << 20;         // 256 MiB: a public list's files

    private static readonly string[] Reads = ["GET", "HEAD"];
    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];

    public static readonly RouteRule[] Rules =
    [
        // The impact dry run counts the alerts service's crossings: the same path family, answered where the crossings are.
        new("entries-impact", "/api/entries/impact", Clusters.Alerts, Policies.ManageEntries, RateLimits.Standard, Small, ["POST"]),
        new("entries-read", "/api/entries/{**rest}", Clusters.Watchlist, Policies.ReadEntries, RateLimits.Standard, Small, Reads),
        new("entries-write", "/api/entries/{**rest}", Clusters.Watchlist, Policies.ManageEntries, RateLimits.Standard, Small, Writes),
        new("lists-read", "/api/lists/{**rest}", Clusters.Watchlist, Policies.ReadEntries, RateLimits.Standard, Small, Reads),
        new("lists-write", "/api/lists/{**rest}", Clusters.Watchlist, Policies.ManageEntries, RateLimits.Standard, Small, Writes),
        new("access-log", "/api/access-log", Clusters.Watchlist, Policies.ReadAccessLog, RateLimits.Standard, Small, Reads),
        new("imports", "/api/imports/{**rest}", Clusters.Watchlist, Policies.ManageEntries, RateLimits.Standard, ListFile),
        new("screenings-read", "/api/screenings/{**rest}", Clusters.Watchlist, Policies.ReadScreenings, RateLimits.Screening, Small, Reads),
        new("screenings-write", "/api/screenings/{**rest}", Clusters.Watchlist, Policies.Screen, RateLimits.Screening, Batch, Writes),
        new("alerts", "/api/alerts/{**rest}", Clusters.Alerts, Policies.WorkAlerts, RateLimits.Standard, Small),
        new("subscriptions", "/api/subscriptions/{**rest}", Clusters.Notifications, Policies.ReceiveNotifications,
            RateLimits.Standard, Small),
        new("notifications", "/api/notifications/{**rest}", Clusters.Notifications, Policies.ReceiveNotifications,
            RateLimits.Standard, Small),
    ];
}
