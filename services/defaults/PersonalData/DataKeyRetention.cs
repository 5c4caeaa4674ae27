using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.ServiceDefaults.PersonalData;

/// <summary>
/// Crypto-shredding: data keys older than <c>Retention:PersonalDataDays</c> are deleted, and what they sealed (screening records
/// in the watchlist service, alerts' raisings in the alerts service) reads as pseudonyms from then on.
/// </summary>
public static class DataKeyRetention
{
    public const string Name = "personal data keys";

    public static IRetentionRule Of(PersonalDataSettings settings) =>
        new DocumentRetention<DataKey>(Name, settings.Retention, cutoff => k => k.CreatedAt < cutoff);
}
