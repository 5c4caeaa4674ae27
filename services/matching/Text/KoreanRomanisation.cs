using System.Text.RegularExpressions;

namespace Watchlist.Matching;

/// <summary>
/// Korean names romanised by McCune–Reischauer (the UN's and North Korea's lists: "Cho'ng-man", "Pom Su", "Kang-chin") and by
/// Revised Romanisation or as their bearers write them ("Jong Man", "Bom Su", "Kang Jin"). The two systems write one
/// syllable's plain stops apart: MR k / ch / p where RR writes g / j / b, MR ŏ / ŭ (folded o / u) where RR writes eo / eu, and
/// the MR apostrophe of aspirates is dropped when names are folded. Read as one key, "Jong" meets "Chong", "Bom" "Pom" and
/// "Gyu" "Kyu"; other letters still tell syllables apart ("Jong" / "Jang", "Chol" / "Chun").
/// Only for names that read as Korean on both sides (<see cref="ReadKorean"/>): elsewhere the same letters tell names
/// apart (Chinese Gong / Kong, Bo / Po). t / d is left out on purpose: Vietnamese Tùng / Dũng and Tô / Đỗ are two names,
/// and a Vietnamese name such as "Hà Kim Dung" is written in syllables a Korean name could have.
/// </summary>
internal static partial class KoreanRomanisation
{
    // Surnames written so only in Korean names (not pinyin, not Vietnamese): one of them, or a syllable no other system
    // writes, marks the name as Korean. Kim is Vietnamese too, but a Vietnamese name meets none of the alternations above.
    // Cho, Choi, Chong and Sin are also Cantonese surnames: s / sh is left out of the alternations for that reason (Hong
    // Kong's Shun / Sun and Shek / Sek are two names), while Cantonese romanisation writes no j, g or b to meet ch, k, p.
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "kim", "ri", "rhee", "pak", "park", "bak", "jo", "cho", "choe", "choi", "jang", "jong", "jeong", "chong", "hwang", "ryu",
        "ryom", "hyon", "hyun", "paek", "baek", "kwon", "gwon", "sin", "shin", "mun", "pyon", "byon", "kye", "jon", "chon", "cha",
    };

    // One syllable as MR (folded) or RR write it: onset, glide, vowel, final consonant.
    [GeneratedRegex("^(kk|k|g|n|tt|t|d|r|l|m|pp|p|b|ss|sh|s|jj|j|tch|ch|h)?(w|y)?(ae|eo|eu|oe|ui|oo|ee|oi|a|e|i|o|u)(ng|n|k|l|m|p|t)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();

    // Syllables no pinyin or Vietnamese name has: a final l or k (Chol, Hyok), eo / eu, or a consonant before y and a vowel
    // (Kyong, Myong, Kyu).
    [GeneratedRegex("(l|k)$|eo|eu|^[^aeiouy]+y[aeou]", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyKorean();

    /// <summary>
    /// Whether two names read as one Korean name's: each of two to five parts, each a syllable Korean romanisations write, and
    /// one of the two names holding a Korean surname or a syllable only Korean names have ("Chang Ha JANG" / "Chang-ha
    /// CHANG": Chang alone is also Chinese).
    /// </summary>
    public static bool ReadKorean(PreparedName query, PreparedName listed) =>
        query.KoreanSyllables != Korean.None && listed.KoreanSyllables != Korean.None
        && (query.KoreanSyllables == Korean.Marked || listed.KoreanSyllables == Korean.Marked);

    public enum Korean { None, Syllables, Marked }

    /// <summary>Whether every part is a syllable Korean romanisations write, and whether one marks the name as Korean.</summary>
    public static Korean Of(Term[] terms)
    {
        if (terms.Length is < 2 or > 5) return Korean.None;
        var marked = false;
        foreach (var term in terms)
        {
            var text = term.Text;
            if (Surnames.Contains(text)) marked = true;
            else if (!Syllable().IsMatch(text)) return Korean.None;
            else if (OnlyKorean().IsMatch(text)) marked = true;
        }
        return marked ? Korean.Marked : Korean.Syllables;
    }

    /// <summary>A name that reads as Korean on its own (<see cref="Of"/> is <see cref="Korean.Marked"/>).</summary>
    public static bool ReadsKorean(Term[] terms) => Of(terms) == Korean.Marked;

    /// <summary>Whether two syllables are one syllable in the two systems (both names read as Korean).</summary>
    public static bool SameSyllable(string a, string b) =>
        Key(a) is { } key && string.Equals(key, Key(b), StringComparison.Ordinal);

    private static readonly string[][] Onsets = [["g", "k"], ["b", "p"], ["j", "ch"], ["r", "l"]];

    private static readonly string[][] Vowels = [["o", "eo"], ["u", "eu", "oo"], ["i", "ee"], ["oe", "oi"]];

    /// <summary>
    /// The syllable's other usual spellings in the two systems (Chong: Jong, Cheong, Jeong), for lookup: the index knows
    /// only the spellings the lists wrote, and a name whose every syllable is written the other way shares no key with it.
    /// </summary>
    public static IEnumerable<string> OtherSpellings(string syllable)
    {
        var match = Syllable().Match(syllable);
        if (!match.Success) yield break;
        var (onset, glide, vowel, coda) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value);
        var onsets = Array.Find(Onsets, group => group.Contains(onset)) ?? [onset];
        var vowels = Array.Find(Vowels, group => group.Contains(vowel)) ?? [vowel];
        foreach (var o in onsets)
            foreach (var v in vowels)
                if (o != onset || v != vowel) yield return string.Concat(o, glide, v, coda);
    }

    /// <summary>The syllable with each system's spellings of one sound brought to one, or null for a non-syllable.</summary>
    public static string? Key(string syllable)
    {
        if (syllable is "park" or "rhee") syllable = syllable == "park" ? "pak" : "ri";
        var match = Syllable().Match(syllable);
        if (!match.Success) return null;
        var onset = match.Groups[1].Value switch
        {
            "kk" or "k" or "g" => "g",
            "pp" or "p" or "b" => "b",
            "jj" or "j" or "tch" or "ch" => "j",
            "ss" => "s",
            "l" or "r" => "r",
            "tt" => "t",
            var other => other,
        };
        var vowel = match.Groups[3].Value switch
        {
            "eo" => "o",
            "eu" or "oo" => "u",
            "ee" => "i",
            "oi" => "oe",
            var other => other,
        };
        // Woo is 우 (u), as Il-U / Il Woo write it.
        var glide = match.Groups[2].Value == "w" && vowel == "u" ? "" : match.Groups[2].Value;
        return string.Concat(onset, glide, vowel, match.Groups[4].Value);
    }
}
