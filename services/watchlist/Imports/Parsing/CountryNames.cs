using System.Globalization;
using System.Text;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// Country names as the lists write them, to ISO 3166-1 alpha-2. The bulk comes from ICU through
/// <see cref="RegionInfo"/> (English, native and alpha-3 names of every region it knows); the explicit table
/// covers the spellings the lists use and ICU does not ("Korea, North", "Burma", "Iran (Islamic Republic of)").
/// </summary>
internal static class CountryNames
{
    /// <summary>Spellings from the OFAC and UN lists (and their usual variants) that ICU does not produce.</summary>
    private static readonly (string Code, string[] Names)[] Spellings =
    [
        ("BA", ["Bosnia-Herzegovina", "Bosnia"]),
        ("BN", ["Brunei Darussalam"]),
        ("BO", ["Bolivia (Plurinational State of)", "Plurinational State of Bolivia"]),
        ("CD", ["Congo, Democratic Republic of the", "Democratic Republic of the Congo", "DRC", "Congo (Kinshasa)", "Zaire"]),
        ("CG", ["Congo", "Republic of the Congo", "Congo, Republic of the", "Congo (Brazzaville)"]),
        ("CI", ["Cote d'Ivoire", "Ivory Coast"]),
        ("CV", ["Cabo Verde", "Cape Verde"]),
        ("CZ", ["Czech Republic"]),
        ("FM", ["Micronesia (Federated States of)", "Micronesia, Federated States of"]),
        ("GB", ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "Great Britain", "UK", "Britain"]),
        ("GM", ["The Gambia", "Gambia"]),
        ("HK", ["Hong Kong", "Hong Kong, China"]),
        ("IR", ["Iran (Islamic Republic of)", "Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran"]),
        ("KP", ["Korea, North", "North Korea", "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", "DPRK"]),
        ("KR", ["Korea, South", "South Korea", "Republic of Korea", "Korea, Republic of"]),
        ("LA", ["Lao People's Democratic Republic", "Laos"]),
        ("LY", ["Libyan Arab Jamahiriya", "Libya"]),
        ("MD", ["Republic of Moldova", "Moldova, Republic of"]),
        ("MK", ["Macedonia, The Former Yugoslav Republic of", "The former Yugoslav Republic of Macedonia", "North Macedonia", "Macedonia"]),
        ("MM", ["Burma", "Myanmar"]),
        ("MO", ["Macau", "Macao"]),
        ("PS",
        [
            "West Bank", "Gaza", "Gaza Strip", "Palestinian", "Palestinian Authority", "Palestinian Territories",
            "Occupied Palestinian Territory", "State of Palestine", "Palestine",
        ]),
        ("RU", ["Russian Federation", "Russia"]),
        ("SY", ["Syrian Arab Republic", "Syria"]),
        ("SZ", ["Eswatini", "Swaziland"]),
        ("TR", ["Türkiye", "Turkey"]),
        ("TW", ["Taiwan", "Taiwan, Province of China"]),
        ("TZ", ["United Republic of Tanzania", "Tanzania, United Republic of", "Tanzania"]),
        ("US", ["United States of America", "United States", "USA"]),
        ("VA", ["Holy See", "Vatican", "Vatican City"]),
        ("VE", ["Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela", "Venezuela"]),
        ("VG", ["Virgin Islands, British", "British Virgin Islands"]),
        ("VN", ["Viet Nam", "Vietnam"]),
        ("XK", ["Kosovo"]),
    ];

    /// <summary>
    /// ICU regions that are not countries today: groupings, pseudo-locales, "unknown", the invariant region, and
    /// CS (Serbia and Montenegro, withdrawn), which ICU still calls "Serbia" and would make that name ambiguous.
    /// </summary>
    private static readonly HashSet<string> NotCountries = ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IV", "CS"];

    /// <summary>Words that say "no value" rather than naming a country.</summary>
    private static readonly HashSet<string> Blank = ["na", "n a", "none", "unknown", "not known", "stateless"];

    private static readonly Lazy<Dictionary<string, string>> Table = new(Build);
    private static readonly Lazy<HashSet<string>> Codes = new(() => Table.Value.Values.ToHashSet(StringComparer.Ordinal));

    /// <summary>The alpha-2 code for a country name, or null when the name is not one we know (or is blank).</summary>
    public static string? ToAlpha2(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var text = name.Trim();
        // A bare code ("US") is taken as one only in capitals: "na" is a blank, not Namibia.
        if (text.Length == 2 && text.All(char.IsAsciiLetterUpper) && Codes.Value.Contains(text))
            return text;
        foreach (var candidate in Candidates(text))
            if (Table.Value.TryGetValue(Key(candidate), out var code))
                return code;
        return null;
    }

    /// <summary>True when the text says "no country" (e.g. UN's <c>na</c>): neither a country nor worth reporting.</summary>
    public static bool IsBlank(string? name) => string.IsNullOrWhiteSpace(name) || Blank.Contains(Key(name));

    /// <summary>The name as written, then the forms lists use around it: "X, Y" for "Y X", notes after a full stop, "possibly X".</summary>
    private static IEnumerable<string> Candidates(string text)
    {
        yield return text;
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 0)
            yield return text[..stop];
        foreach (var prefix in (string[])["possibly ", "probably ", "reportedly "])
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                yield return text[prefix.Length..];
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
            yield return $"{text[(comma + 2)..]} {text[..comma]}";
    }

    private static Dictionary<string, string> Build()
    {
        // A key two regions share ("congo" from "Congo (DRC)" and "Congo (Republic)") is dropped, not guessed.
        var derived = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Derive(string name, string code)
        {
            var key = Key(name);
            if (key.Length == 0)
                return;
            derived[key] = derived.TryGetValue(key, out var seen) && seen != code ? null : code;
        }

        for (var first = 'A'; first <= 'Z'; first++)
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = $"{first}{second}";
                if (NotCountries.Contains(code) || Region(code) is not { } region)
                    continue;
                foreach (var name in (string[])[region.EnglishName, region.NativeName, region.ThreeLetterISORegionName])
                {
                    Derive(name, code);
                    // ICU qualifies some names: "Myanmar (Burma)", "Hong Kong SAR", "Congo (DRC)"; the bare name helps too.
                    var paren = name.IndexOf(" (", StringComparison.Ordinal);
                    if (paren > 0)
                        Derive(name[..paren], code);
                }
            }

        var table = derived.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value!, StringComparer.Ordinal);
        foreach (var (code, names) in Spellings)
            foreach (var name in names)
                table[Key(name)] = code;
        return table;
    }

    private static RegionInfo? Region(string code)
    {
        try
        {
            var region = new RegionInfo(code);
            // ICU answers some codes with another region (or a non-ISO one); only exact ISO regions count.
            return region.TwoLetterISORegionName == code && region.ThreeLetterISORegionName.Length == 3 ? region : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Lower-case letters and digits only, accents removed, "&amp;" as "and", "St." as "saint", no leading "the".</summary>
    internal static string Key(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c == '&')
                text.Append(" and ");
            else if (char.IsLetterOrDigit(c))
                text.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’')
                continue; // "People's" and "Peoples" are the same name
            else
                text.Append(' ');
        }
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w is "st" ? "saint" : w)
            .SkipWhile(w => w == "the");
        return string.Join(' ', words);
    }
}
