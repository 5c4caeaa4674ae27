using System.Net.Mail;
using PhoneNumbers;

namespace Watchlist.WatchlistService.Entries.Input;

/// <summary>
/// Identifiers in one canonical form, so that an entry and a screening query compare equal:
/// phones in E.164 (libphonenumber), e-mail lower-cased, handles without @ or URL, sites without scheme.
/// </summary>
public static class IdentifierForms
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The canonical value, or an error a person can act on.</summary>
    public static (string? Value, string? Error) Canonical(IdentifierType type, string raw, string? defaultRegion) => type switch
    {
        IdentifierType.Phone => Phone(raw, defaultRegion),
        IdentifierType.Email => MailAddress.TryCreate(raw.Trim(), out var mail) && mail.Address == raw.Trim()
            ? (mail.Address.ToLowerInvariant(), null) : (null, $"'{raw}' is not an e-mail address."),
        IdentifierType.SocialHandle => Handle(raw),
        IdentifierType.Website => Uri.TryCreate(raw.Contains("://") ? raw.Trim() : $"https://{raw.Trim()}", UriKind.Absolute, out var site) && site.Host.Contains('.')
            ? ((site.Host + site.AbsolutePath.TrimEnd('/')).ToLowerInvariant(), null) : (null, $"'{raw}' is not a website address."),
        _ => (null, $"Unknown identifier type {type}."),
    };

    private static (string?, string?) Phone(string raw, string? defaultRegion)
    {
        try
        {
            var number = Phones.Parse(raw, defaultRegion ?? "ZZ");
            return Phones.IsPossibleNumber(number)
                ? (Phones.Format(number, PhoneNumberFormat.E164), null)
                : (null, $"'{raw}' is not a possible phone number.");
        }
        catch (NumberParseException)
        {
            return (null, $"'{raw}' is not a phone number; give it in international form (+84 90 123 4567) or give the entry a nationality.");
        }
    }

    private static (string?, string?) Handle(string raw)
    {
        var value = raw.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http"))
            value = url.AbsolutePath.Trim('/').Split('/').LastOrDefault() ?? "";
        value = value.TrimStart('@').ToLowerInvariant();
        return value.Length is > 0 and <= 100 && !value.Any(char.IsWhiteSpace) ? (value, null) : (null, $"'{raw}' is not a social-media handle.");
    }
}
