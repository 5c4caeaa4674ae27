using PhoneNumbers;

namespace Watchlist.Matching;

/// <summary>Phone numbers as E.164 ("0901 234 567" in VN is +84901234567) plus the national significant number.</summary>
public static class PhoneNumberForm
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// E.164 when the country is known (from a + prefix or the region); the national
    /// significant number always, so a national-form number without region can still meet it.
    /// </summary>
    public static (string? E164, string National) Normalise(string raw, string? region)
    {
        var text = raw.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal)) text = "+" + text[2..];
        var country = CountryCodes.ToAlpha2(region) ?? "ZZ";
        try
        {
            var parsed = Util.Parse(text, country);
            if (Util.IsPossibleNumber(parsed))
                return (Util.Format(parsed, PhoneNumberFormat.E164), Util.GetNationalSignificantNumber(parsed));
        }
        catch (NumberParseException)
        {
            // Unknown region and no + prefix: fall back to the digits.
        }
        return (null, DigitsWithoutTrunkPrefix(text));
    }

    private static string DigitsWithoutTrunkPrefix(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.TrimStart('0');
    }
}
