using System.Collections.Frozen;
using System.Globalization;

namespace Watchlist.WatchlistService.Entries.Input;

/// <summary>ISO 3166-1 codes as ICU knows them: alpha-2 in output, alpha-2 or alpha-3 (as in a passport's MRZ) on input.</summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, string> Alpha2ByCode = Build();

    /// <summary>The alpha-2 code, or null for a code that names no country.</summary>
    public static string? ToAlpha2(string? code) =>
        code is { Length: >= 1 and <= 3 } && Alpha2ByCode.TryGetValue(code.ToUpperInvariant(), out var alpha2) ? alpha2 : null;

    private static FrozenDictionary<string, string> Build()
    {
        var codes = new Dictionary<string, string>();
        for (var a = 'A'; a <= 'Z'; a++)
        for (var b = 'A'; b <= 'Z'; b++)
        {
            var candidate = $"{a}{b}";
            try
            {
                var region = new RegionInfo(candidate);
                // ICU answers for some non-country codes (e.g. "EU", "UN"); only ISO countries have an alpha-3.
                if (region.TwoLetterISORegionName != candidate || region.ThreeLetterISORegionName.Length != 3) continue;
                codes[candidate] = candidate;
                codes[region.ThreeLetterISORegionName] = candidate;
            }
            catch (ArgumentException) { }
        }
        // Kosovo has a user-assigned code in passports and lists alike.
        codes["XK"] = "XK";
        codes["XKX"] = "XK";
        codes["RKS"] = "XK";
        // Germany's passports carry D, not DEU, in the MRZ.
        codes["D"] = "DE";
        return codes.ToFrozenDictionary();
    }
}
