using PhoneNumbers;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>Phone numbers in any written form, found by libphonenumber's own finder, never by hand-written patterns.</summary>
internal static class PhoneFinder
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Numbers valid for their country (leniency VALID): a salary of "15.000.000" or a date is not a valid number anywhere,
    /// while "0912.345.678" and "+84 912 345 678" are. Without a region only international numbers are found.
    /// </summary>
    public static IEnumerable<string> Find(string text, string? region)
    {
        foreach (var match in Util.FindNumbers(text, region ?? "ZZ", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
            yield return Util.Format(match.Number, PhoneNumberFormat.E164);
    }

    /// <summary>A number written inside a link (zalo.me/0912345678, wa.me/84912345678), read as the finder would read it.</summary>
    public static string? Parse(string digits, string? region)
    {
        try
        {
            var number = Util.Parse(digits, region ?? "ZZ");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
