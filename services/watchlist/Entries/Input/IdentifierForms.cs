using System.Net.Mail;
using Watchlist.Matching;

namespace Watchlist.WatchlistService.Entries.Input;

/// <summary>
/// Identifiers in the canonical form the screening engine reads them in (its own PhoneNumberForm and SocialHandle),
/// so that an entry and a traveller compare equal: phones in E.164, e-mail lower-cased, handles without @ or URL
/// (the platform inferred from a profile URL), sites without scheme.
/// </summary>
public static class IdentifierForms
{
    /// <summary>The canonical value and platform, or an error a person can act on.</summary>
    public static (string? Value, string? Platform, string? Error) Canonical(
        IdentifierType type, string raw, string? platform, string? defaultRegion) => type switch
        {
            IdentifierType.Phone => PhoneNumberForm.Normalise(raw, defaultRegion) is { E164: { } e164 }
                ? (e164, platform, null)
                : (null, null,
                    $"'{raw}' is not a phone number; give it in international form (+84 90 123 4567) or give the entry a nationality."),
            IdentifierType.Email => MailAddress.TryCreate(raw.Trim(), out var mail) && mail.Address == raw.Trim()
                ? (mail.Address.ToLowerInvariant(), platform, null) : (null, null, $"'{raw}' is not an e-mail address."),
            IdentifierType.SocialHandle => Handle(raw, platform),
            IdentifierType.Website =>
                Uri.TryCreate(raw.Contains("://") ? raw.Trim() : $"https://{raw.Trim()}", UriKind.Absolute, out var site)
                && site.Host.Contains('.')
                    ? ((site.Host + site.AbsolutePath.TrimEnd('/')).ToLowerInvariant(), platform, null)
                    : (null, null, $"'{raw}' is not a website address."),
            _ => (null, null, $"Unknown identifier type {type}."),
        };

    private static (string?, string?, string?) Handle(string raw, string? platform)
    {
        var (handle, named) = SocialHandle.Normalise(raw, platform);
        return handle.Length is > 0 and <= 100 && !handle.Any(char.IsWhiteSpace)
            ? (handle, named, null)
            : (null, null, $"'{raw}' is not a social-media handle.");
    }
}
