namespace Watchlist.Gateway.Routing;

/// <summary>Where the services listen; from <c>Services:Watchlist</c> etc. (env <c>Services__Watchlist</c>).</summary>
/// <remarks>
/// <see cref="Console"/> is the web console (<c>Services:Console</c>): a host for people, not an API, so it is not among
/// <see cref="All"/>.
/// </remarks>
public sealed record ServiceUrls(string Watchlist, string Alerts, string Notifications, string Console = "http://localhost:8084")
{
    public static ServiceUrls From(IConfiguration configuration) => new(
        configuration["Services:Watchlist"] ?? "http://localhost:8081",
        configuration["Services:Alerts"] ?? "http://localhost:8082",
        configuration["Services:Notifications"] ?? "http://localhost:8083",
        configuration["Services:Console"] ?? "http://localhost:8084");

    public IEnumerable<(string Cluster, string Url)> All =>
        [(Clusters.Watchlist, Watchlist), (Clusters.Alerts, Alerts), (Clusters.Notifications, Notifications)];
}

public static class Clusters
{
    public const string Watchlist = "watchlist";
    public const string Alerts = "alerts";
    public const string Notifications = "notifications";
    public const string Console = "console";
}
