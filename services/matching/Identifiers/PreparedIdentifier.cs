namespace Watchlist.Matching;

/// <summary>An identifier in comparable form.</summary>
internal sealed class PreparedIdentifier
{
    private PreparedIdentifier(IdentifierType type, string value, string? platform, string? nationalNumber, string display)
    {
        Type = type;
        Value = value;
        Platform = platform;
        NationalNumber = nationalNumber;
        Display = display;
    }

    public IdentifierType Type { get; }

    /// <summary>E.164 (or bare digits when the country is unknown), lowercase e-mail, handle or web address.</summary>
    public string Value { get; }

    public string? Platform { get; }

    /// <summary>Phones only: the number without country code or trunk prefix.</summary>
    public string? NationalNumber { get; }

    /// <summary>Phones only: whether the country, hence E.164, is known.</summary>
    public bool HasCountry => Type == IdentifierType.Phone && Value.StartsWith('+');

    public string Display { get; }

    /// <param name="region">Region for phones in national form (alpha-2 or alpha-3), if known.</param>
    public static PreparedIdentifier? Prepare(Identifier identifier, string? region)
    {
        if (string.IsNullOrWhiteSpace(identifier.Value)) return null;
        var display = identifier.Value.Trim();
        switch (identifier.Type)
        {
            case IdentifierType.Phone:
                return Phone(identifier.Value, region, display);
            case IdentifierType.Email:
                return new(IdentifierType.Email, EmailAddress.Canonical(display), null, null, display);
            case IdentifierType.Website when !SocialHandle.IsProfileUrl(display):
                return new(IdentifierType.Website, Website.Normalise(display), null, null, display);
            default:
                var (handle, platform) = SocialHandle.Normalise(identifier.Value, identifier.Platform);
                if (handle.Length == 0) return null;
                // A WhatsApp, Zalo or Viber "handle" is the phone number (wa.me/8491..., zalo.me/091...); Zalo is Vietnam's.
                if (SocialHandle.IsPhonePlatform(platform) && handle.Count(char.IsAsciiDigit) >= 8)
                    return Phone(handle, platform == "zalo" ? region ?? "VN" : region, display);
                return new(IdentifierType.SocialHandle, handle, platform, null, display);
        }
    }

    private static PreparedIdentifier? Phone(string value, string? region, string display)
    {
        var (e164, national) = PhoneNumberForm.Normalise(value, region);
        return national.Length < 6 ? null : new(IdentifierType.Phone, e164 ?? national, null, national, display);
    }
}
