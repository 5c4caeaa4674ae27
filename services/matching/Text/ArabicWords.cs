using System.Text;

namespace Watchlist.Matching;

/// <summary>
/// Arabic script writes the article and "Abd" joined to the next word (الكاشف, عبدالرحيم) where romanised lists write
/// them apart (al-Kashif, Abd al-Rahim), and short vowels are not written. Before transliteration, the article and "Abd"
/// are split off and the connectors and "Abd" are given their usual romanisation, so the rest of each word (a consonant
/// skeleton: "kshf") can meet the romanised part (Kashif) by its consonants.
/// </summary>
internal static class ArabicWords
{
    private const string Article = "\u0627\u0644"; // ال
    private const string Abd = "\u0639\u0628\u062F"; // عبد

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        [Abd] = "abd", ["\u0628\u0646"] = "bin", ["\u0628\u0646\u062A"] = "bint", ["\u0627\u0628\u0646"] = "ibn",
        ["\u0625\u0628\u0646"] = "ibn", ["\u0623\u0628\u0648"] = "abu", ["\u0627\u0628\u0648"] = "abu", ["\u0623\u0628\u064A"] = "abi",
        [Article] = "al",
    };

    public static string Separate(string name)
    {
        if (!HasArabic(name)) return name;
        var text = new StringBuilder(name.Length + 16);
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0) text.Append(' ');
            Append(text, word);
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, string word)
    {
        if (Words.TryGetValue(word, out var romanised))
        {
            text.Append(romanised);
            return;
        }
        if (word.StartsWith(Abd + Article, StringComparison.Ordinal) && word.Length > 6)
        {
            text.Append("abd al ").Append(word.AsSpan(5));
            return;
        }
        if (word.StartsWith(Article, StringComparison.Ordinal) && word.Length > 3)
        {
            text.Append("al ").Append(word.AsSpan(2));
            return;
        }
        text.Append(word);
    }

    private static bool HasArabic(string name)
    {
        foreach (var c in name)
            if (c is >= '\u0600' and <= '\u06FF') return true;
        return false;
    }
}
