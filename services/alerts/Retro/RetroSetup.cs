using Watchlist.Alerts.Retention;
using Watchlist.ServiceDefaults.Health;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Alerts.Retro;

public static class RetroSetup
{
    /// <summary>The crossing window in memory (ready only once loaded), its keeper, the group writers and the retention of
    /// crossings and of the screenings alerts counted.</summary>
    public static IServiceCollection AddRetroScreening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => RetroSettings.From(configuration).Within(sp.GetRequiredService<PersonalDataSettings>()))
            .AddSingleton<CrossingWindow>().AddSingleton<RetroScreening>();
        services.AddSingleton<CrossingWindowKeeper>().AddHostedService(sp => sp.GetRequiredService<CrossingWindowKeeper>());
        services.AddSingleton<CrossingWriter>().AddHostedService(sp => sp.GetRequiredService<CrossingWriter>());
        services.AddSingleton<RetroWriter>().AddHostedService(sp => sp.GetRequiredService<RetroWriter>());
        // Crossings beyond the window are pruned with the other operational records (Retention__ settings).
        services.AddSingleton<IRetentionRule>(sp => CrossingRetention.Of(sp.GetRequiredService<RetroSettings>()));
        services.AddSingleton<IRetentionRule>(sp =>
            CountedScreeningRetention.Of(sp.GetRequiredService<RetroSettings>(), sp.GetRequiredService<RetentionSettings>()));
        services.AddHealthChecks().AddCheck<CrossingWindowHealthCheck>("crossing-window", tags: [HealthEndpoints.Ready]);
        return services;
    }
}
