using PhoneNumbers;

namespace Watchlist.Matching;

/// <summary>Phone numbers as E.164 ("0901 234 567" in VN is +84901234567) plus the national significant number.</summary>
public static class PhoneNumberForm
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// E.164 when the country can be told, the national significant number always, so a national-form number without region
    /// can still meet it. Written forms: "+84 91…", "0084 91…", "(+84) 91…", national "091…" in the region, and the country
    /// code without "+" ("8491…", as brokers write it): a number that is not valid in the region but is valid read
    /// internationally is read internationally.
    /// </summary>
    public static (string? E164, string National) Normalise(string raw, string? region)
    {
        var text = raw.Trim();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var plus = text.TrimStart('(', ' ').StartsWith('+');
        if (!plus && digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
            plus = true;
        }
        var country = CountryCodes.ToAlpha2(region) ?? "ZZ";
        if (plus) return Parsed("+" + digits, "ZZ") ?? (null, digits.TrimStart('0'));
        var national = country == "ZZ" ? null : Parsed(digits, country, requireValid: true);
        if (national is not null) return national.Value;
        if (!digits.StartsWith('0') && Parsed("+" + digits, "ZZ", requireValid: true) is { } international) return international;
        return (country == "ZZ" ? null : Parsed(digits, country)) ?? (null, digits.TrimStart('0'));
    }

    private static (string? E164, string National)? Parsed(string text, string region, bool requireValid = false)
    {
        try
        {
            var parsed = Util.Parse(text, region);
            if (requireValid ? Util.IsValidNumber(parsed) : Util.IsPossibleNumber(parsed))
                return (Util.Format(parsed, PhoneNumberFormat.E164), Util.GetNationalSignificantNumber(parsed));
        }
        catch (NumberParseException)
        {
            // Not a number in this reading.
        }
        return null;
    }
}
