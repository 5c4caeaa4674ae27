using Watchlist.WebConsole.Alerts;

namespace Watchlist.WebConsole.Gateway;

public static class ConsolePaths
{
    /// <summary>Where the gateway serves the console; the console answers under it too, so a link works both ways.</summary>
    public const string Base = "/console";
}

public static class ConsoleServices
{
    /// <summary>
    /// The gateway at <c>Gateway:Url</c>, and what each open console (circuit) keeps: its API client and its notifications feed.
    /// </summary>
    public static IServiceCollection AddConsoleServices(this IServiceCollection services, IConfiguration configuration)
    {
        var gateway = new Uri(configuration["Gateway:Url"] ?? "http://localhost:8080");
        services.AddHttpClient(PlatformApi.Client, c => { c.BaseAddress = gateway; c.Timeout = TimeSpan.FromSeconds(30); });
        services.AddHttpClient(PlatformApi.StreamClient, c => { c.BaseAddress = gateway; c.Timeout = Timeout.InfiniteTimeSpan; });
        services.AddScoped<PlatformApi>();
        services.AddScoped<AlertFeed>();
        services.AddSingleton(TimeProvider.System);
        var zone = TimeZones.Find(configuration["Console:TimeZone"] ?? "Asia/Ho_Chi_Minh")
            ?? throw new InvalidOperationException("Console:TimeZone must be an IANA time zone such as Asia/Ho_Chi_Minh.");
        services.AddScoped(_ => new UserClock(zone));
        return services;
    }
}
