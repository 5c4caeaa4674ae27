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
                var (e164, national) = PhoneNumberForm.Normalise(identifier.Value, region);
                if (national.Length < 6) return null;
                return new(IdentifierType.Phone, e164 ?? national, null, national, display);
            case IdentifierType.Email:
                return new(IdentifierType.Email, display.ToLowerInvariant(), null, null, display);
            case IdentifierType.SocialHandle:
                var (handle, platform) = SocialHandle.Normalise(identifier.Value, identifier.Platform);
                return handle.Length == 0 ? null : new(IdentifierType.SocialHandle, handle, platform, null, display);
            default:
                return new(IdentifierType.Website, Website.Normalise(identifier.Value), null, null, display);
        }
    }
}
