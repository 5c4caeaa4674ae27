namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>What each deployable is, as the services' code defines it (ports, databases, projects).</summary>
public sealed record HostSpec(string Name, int Port, string? Database, string Project, string Assembly)
{
    /// <summary>The three services own a PostgreSQL database and use RabbitMQ; the gateway and the console do neither.</summary>
    public bool IsService => Database is not null;

    /// <summary>The web console: a host for people, reached through the gateway, calling the platform back through it.</summary>
    public bool IsConsole => Name == "console";

    public static readonly HostSpec Gateway = new("gateway", 8080, null, "gateway/Watchlist.Gateway.csproj", "Watchlist.Gateway");
    public static readonly HostSpec Watchlist = new("watchlist", 8081, "watchlist",
        "services/watchlist/Watchlist.WatchlistService.csproj", "Watchlist.WatchlistService");
    public static readonly HostSpec Alerts = new("alerts", 8082, "alerts", "services/alerts/Watchlist.Alerts.csproj", "Watchlist.Alerts");
    public static readonly HostSpec Notifications = new("notifications", 8083, "notifications",
        "services/notifications/Watchlist.Notifications.csproj", "Watchlist.Notifications");

    public static readonly HostSpec Console = new("console", 8084, null, "console/Watchlist.WebConsole.csproj", "Watchlist.WebConsole");

    public static IReadOnlyList<HostSpec> All { get; } = [Gateway, Watchlist, Alerts, Notifications, Console];
    public static IReadOnlyList<HostSpec> Services { get; } = [Watchlist, Alerts, Notifications];

    public static HostSpec Named(string name) => All.Single(h => h.Name == name);

    /// <summary>The hosts that scale on CPU; the others keep a fixed replica count.</summary>
    public static IReadOnlyList<string> Autoscaled { get; } = ["gateway", "watchlist"];
}

public static class Renders
{
    private static readonly string[] EveryName = [Manifests.Base, Manifests.Dev, Manifests.Prod];
    private static readonly string[] OverlayName = [Manifests.Dev, Manifests.Prod];

    public static TheoryData<string> Every => new(EveryName);
    public static TheoryData<string> Overlays => new(OverlayName);

    public static TheoryData<string, string> EveryWithEachHost => Pairs(EveryName, HostSpec.All);
    public static TheoryData<string, string> OverlaysWithEachHost => Pairs(OverlayName, HostSpec.All);
    public static TheoryData<string, string> OverlaysWithEachService => Pairs(OverlayName, HostSpec.Services);

    private static TheoryData<string, string> Pairs(string[] renders, IEnumerable<HostSpec> hosts)
    {
        var data = new TheoryData<string, string>();
        foreach (var render in renders)
            foreach (var host in hosts)
                data.Add(render, host.Name);
        return data;
    }
}
