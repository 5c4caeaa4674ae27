using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>
/// The region a national-form phone number ("0912 345 678") is read in: the post's language, else the unit's country,
/// else the caller's agency (API.md, content screening). None of them known: only international numbers are found.
/// </summary>
public static class PhoneRegion
{
    private static readonly Dictionary<string, string> RegionOfLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vi"] = "VN", ["km"] = "KH", ["th"] = "TH", ["lo"] = "LA", ["my"] = "MM", ["zh"] = "CN", ["ms"] = "MY", ["id"] = "ID",
        ["ja"] = "JP", ["ko"] = "KR", ["tl"] = "PH", ["fil"] = "PH",
    };

    public static string? Of(string? language, string? unit, string? agency) =>
        FromLanguage(language) ?? ScreeningPolicy.CountryOfPlace(unit) ?? ScreeningPolicy.CountryOfPlace(agency);

    /// <summary>"vi" or "vi-VN"; a language spoken in many countries, such as English, names no region unless tagged.</summary>
    private static string? FromLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var parts = language.Trim().Split('-', '_');
        if (parts.Length > 1 && CountryCodes.ToAlpha2(parts[^1]) is { } tagged) return tagged;
        return RegionOfLanguage.GetValueOrDefault(parts[0]);
    }
}
