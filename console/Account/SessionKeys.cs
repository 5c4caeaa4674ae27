using Microsoft.AspNetCore.DataProtection;

namespace Watchlist.WebConsole.Account;

/// <summary>
/// The keys that seal the session cookie and the antiforgery tokens. Every replica must hold the same ones, or a cookie
/// written by one would be refused by the next. Outside Development they come from <c>DataProtection:KeyRingPath</c>, a
/// folder holding the key ring (in Kubernetes a Secret mounted read-only, see the README); in Development, from the
/// usual per-user folder.
/// </summary>
public static class SessionKeys
{
    public static IServiceCollection AddSessionKeys(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var protection = services.AddDataProtection().SetApplicationName("watchlist-console");
        if (configuration["DataProtection:KeyRingPath"] is { Length: > 0 } path)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(path));
            // A mounted Secret is read-only: the replicas use its keys and never write new ones of their own.
            if (configuration.GetValue("DataProtection:ReadOnly", !environment.IsDevelopment())) protection.DisableAutomaticKeyGeneration();
        }
        else if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                "Outside Development set DataProtection:KeyRingPath: every console replica must share the session keys.");
        return services;
    }
}
