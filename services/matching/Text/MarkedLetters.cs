using System.Globalization;
using System.Text;

namespace Watchlist.Matching;

/// <summary>
/// Each name part as written, with its marks (lowercase, composed), for names written with Latin marks on both sides: there
/// a keying error changes one letter, marks included, while two Vietnamese syllables one folded letter apart usually differ
/// in their marks too (Trung / Trường, Tuấn / Toản, Trương / Thượng) and are two names (<see cref="TokenSimilarity"/>). A
/// name written without marks (an MRZ, a traveller who typed none) is compared on folded letters as before.
/// </summary>
internal static class MarkedLetters
{
    /// <summary>For each term, its written form, or null where none folds to it; null when the name carries no marks.</summary>
    public static string?[]? Of(string display, Term[] terms)
    {
        if (terms.Length == 0 || !HasMarks(display)) return null;
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in Words(display.Normalize(NormalizationForm.FormC)))
            if (NameFolder.Tokens(word) is [var folded]) written.TryAdd(folded, word);
        var marked = new string?[terms.Length];
        for (var i = 0; i < terms.Length; i++) marked[i] = written.GetValueOrDefault(terms[i].Text);
        return marked;
    }

    private static bool HasMarks(string name)
    {
        foreach (var c in name)
            if (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' or >= '\u0300' and <= '\u036F') return true;
        return false;
    }

    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (c is '\'' or '`' or '\u2019') continue;
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
