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
        // Names whose consonants are too few to go on (علي "ly", عمر "mr", which would also read as the title Mr), and Allah,
        // which romanisations join to the word before (Habibullah حبيب الله, Abdullah عبدالله).
        ["\u0639\u0644\u064A"] = "ali", ["\u0639\u0644\u0649"] = "ali", ["\u0639\u0645\u0631"] = "umar",
        ["\u0627\u0644\u0644\u0647"] = "allah",
        [Abd + "\u0627\u0644\u0644\u0647"] = "abdullah", [Abd + "\u0644\u0644\u0647"] = "abdullah",
    };

    private static readonly System.Buffers.SearchValues<char> PersianLetters =
        System.Buffers.SearchValues.Create("\u067E\u0686\u0698\u06AF\u06A9\u06CC");

    /// <summary>The article as romanisations write it: al, el, ul, and assimilated to the letter it precedes (ur-Rahman,
    /// ud-Din, ad-Din, ar-Rashid, ash-Shami, az-Zawahiri). "An", "As", "At" are left out: Vietnamese and Turkish name parts.</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ur", "ud", "ad", "ar", "ash", "az",
    };

    public static bool IsArticle(string token) => Articles.Contains(token);

    /// <summary>How many of a name's parts are articles: the comparison sizes its pairs by it (decision record 0128).</summary>
    public static int ArticleCount(Term[] terms)
    {
        var count = 0;
        foreach (var term in terms)
            if (term.IsArticle) count++;
        return count;
    }

    public static string Separate(string name)
    {
        if (!AbjadKey.IsArabicScript(name)) return name;
        // Presentation forms (ﻤﺤﻤﺪ, as some lists store them) are the letters' positional shapes: read them as the letters.
        name = name.Normalize(System.Text.NormalizationForm.FormKC);
        // Persian and Pashto texts write a final ی as ى (حقانى Haqqani), which in Arabic is a final a (موسى Musa).
        if (name.AsSpan().IndexOfAny(PersianLetters) >= 0) name = name.Replace('\u0649', '\u06CC');
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
}
