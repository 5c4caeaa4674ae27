using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Watchlist.ServiceDefaults.PersonalData;

/// <summary>
/// How long travellers' personal data is kept in clear (<c>Retention:PersonalDataDays</c>, fractional days allowed so tests
/// can use seconds), and the two keys that live outside the database: <c>PersonalData:PseudonymKey</c> (HMAC, the same in
/// every service, so the same person maps to the same pseudonym everywhere) and <c>PersonalData:MasterKey</c> (wraps the
/// per-record data keys in the key store). Each is base64 of at least 32 bytes, given directly (env
/// <c>PersonalData__PseudonymKey</c>, from a Kubernetes Secret) or as a file (<c>PersonalData:PseudonymKeyFile</c>, a mounted
/// Secret). Development alone falls back to fixed development keys, which are worthless anywhere else.
/// </summary>
public sealed record PersonalDataSettings(TimeSpan Retention, byte[] PseudonymKey, byte[] MasterKey)
{
    public const double DefaultDays = 365;

    private static readonly byte[] DevelopmentPseudonymKey = SHA256.HashData("watchlist-development-pseudonym-key"u8);
    private static readonly byte[] DevelopmentMasterKey = SHA256.HashData("watchlist-development-master-key"u8);

    public static PersonalDataSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var days = configuration.GetValue("Retention:PersonalDataDays", DefaultDays);
        if (!(days > 0) || days > 36_500)
            throw new InvalidOperationException("Retention:PersonalDataDays must be above 0 and at most 36500.");
        return new PersonalDataSettings(TimeSpan.FromDays(days),
            KeyOf(configuration, environment, "PseudonymKey", DevelopmentPseudonymKey),
            KeyOf(configuration, environment, "MasterKey", DevelopmentMasterKey));
    }

    private static byte[] KeyOf(IConfiguration configuration, IHostEnvironment environment, string name, byte[] development)
    {
        var text = configuration[$"PersonalData:{name}"];
        if (string.IsNullOrWhiteSpace(text) && configuration[$"PersonalData:{name}File"] is { Length: > 0 } file)
            text = File.ReadAllText(file);
        if (string.IsNullOrWhiteSpace(text))
            return environment.IsDevelopment() ? development
                : throw new InvalidOperationException(
                    $"PersonalData:{name} (or {name}File) is not set; it must be kept outside the database.");
        byte[] key;
        try { key = Convert.FromBase64String(text.Trim()); }
        catch (FormatException) { throw new InvalidOperationException($"PersonalData:{name} is not base64."); }
        if (key.Length < 32) throw new InvalidOperationException($"PersonalData:{name} must hold at least 32 bytes.");
        if (!environment.IsDevelopment() && key.AsSpan().SequenceEqual(development))
            throw new InvalidOperationException($"The development PersonalData:{name} is accepted only in Development.");
        return key;
    }
}
