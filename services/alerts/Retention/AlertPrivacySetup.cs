using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Alerts.Retention;

public static class AlertPrivacySetup
{
    /// <summary>
    /// Sealing of raisings, and the retention rules of alerts' personal data, in this order: clear identities keyed (at any age),
    /// read models pseudonymised past the period, raisings stored before sealing masked past it. The shredding of the keys is
    /// <c>AddPersonalData</c>'s.
    /// </summary>
    public static IServiceCollection AddAlertPrivacy(this IServiceCollection services) =>
        services.AddSingleton<AlertPrivacy>()
            .AddSingleton<IRetentionRule, AlertIdentityKeying>()
            .AddSingleton<IRetentionRule, AlertTravellerRetention>()
            .AddSingleton<IRetentionRule, LegacyAlertMasking>();
}
