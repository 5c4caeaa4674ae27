using System.Globalization;
using System.Text;
using AnyAscii;

namespace Watchlist.Matching;

/// <summary>
/// Turns a name in any script, case or Unicode form into lowercase ASCII tokens, so that
/// "Nguyễn Văn Hùng", "NGUYEN VAN HUNG" and "NGUYEN&lt;&lt;VAN&lt;HUNG" all read the same.
/// </summary>
internal static class NameFolder
{
    // Folding is a pure function of the text, and drafting an entry folds each name several times (its terms, its legal forms,
    // its acronyms, its marked words one by one; decision record 0130): each thread keeps its recent foldings, one per place.
    private const int RecentPlaces = 256;

    [ThreadStatic] private static (string Name, string[] Tokens)[]? _recent;

    /// <summary>The name's tokens: a fresh array the caller may change.</summary>
    public static string[] Tokens(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var recent = _recent ??= new (string, string[])[RecentPlaces];
        var place = (int)((uint)name.GetHashCode() % RecentPlaces);
        var (known, tokens) = recent[place];
        if (!string.Equals(known, name, StringComparison.Ordinal))
        {
            tokens = Fold(name);
            recent[place] = (name, tokens);
        }
        return tokens.Length == 0 ? [] : [.. tokens];
    }

    private static string[] Fold(string name)
    {
        // FormD splits precomposed letters from their marks whichever form the caller sent.
        var separated = ArabicWords.Separate(GivenNamesFirst(DottedInitials.Join(name)));
        // Arabic script and Kana are read by ICU, as whole words (decision record 0105); the rest letter by letter by AnyAscii.
        separated = IcuTransliteration.Apply(separated);
        var decomposed = separated.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length + 8);
        foreach (var rune in decomposed.EnumerateRunes()) Append(folded, rune);
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// "SMITH, John Robert" and MRZ "SMITH&lt;&lt;JOHN&lt;ROBERT" become "John Robert SMITH", so a
    /// middle name sits between the other parts whichever way the name was written.
    /// </summary>
    private static string GivenNamesFirst(string name)
    {
        var mrz = name.IndexOf("<<", StringComparison.Ordinal);
        var comma = name.IndexOf(',');
        var split = mrz > 0 ? mrz : comma > 0 && name.IndexOf(',', comma + 1) < 0 ? comma : -1;
        if (split < 0) return name;
        var separator = mrz > 0 ? 2 : 1;
        // "Consorcio Nujoma, S.C.", "Instar Lodzhistiks, OOO": a legal form after the comma stays at the end, where it is read.
        if (mrz < 0 && LegalForms.OnlyForms(Tokens(name[(split + 1)..])))
            return string.Concat(name.AsSpan(0, split), " ", name.AsSpan(split + 1));
        return string.Concat(name.AsSpan(split + separator), " ", name.AsSpan(0, split));
    }

    private static void Append(StringBuilder folded, Rune rune)
    {
        var value = rune.Value;
        if (value < 0x80)
        {
            AppendAscii(folded, (char)value);
            return;
        }
        if (IsMark(rune) || IsApostrophe(value)) return;
        // Vietnamese đ/Đ is a letter of its own, not d plus a mark, so FormD leaves it alone.
        if (value is 0x0111 or 0x0110)
        {
            folded.Append('d');
            return;
        }
        if (!Rune.IsLetterOrDigit(rune))
        {
            folded.Append(' ');
            return;
        }
        // Each Han or Hangul character is a syllable; spacing them lets "Xi Jinping" meet 习近平.
        var syllable = IsSyllabic(value);
        if (syllable) folded.Append(' ');
        foreach (var c in rune.ToString().Transliterate()) AppendAscii(folded, c);
        if (syllable) folded.Append(' ');
    }

    private static void AppendAscii(StringBuilder folded, char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9') folded.Append(c);
        else if (c is >= 'A' and <= 'Z') folded.Append((char)(c + 32));
        else if (c is '\'' or '`') return; // O'Brien, Arabic ayn: part of the word, not a break
        else folded.Append(' ');
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsApostrophe(int value) =>
        value is 0x2019 or 0x2018 or 0x02BC or 0x02BB or 0x02B9 or 0x00B4 or 0x02BE or 0x02BF;

    /// <summary>Whether a name is written in Han, Kana or Hangul.</summary>
    public static bool HasSyllabicScript(string name)
    {
        foreach (var rune in name.EnumerateRunes())
            if (IsSyllabic(rune.Value) || rune.Value is >= 0x3040 and <= 0x30FF or >= 0x1100 and <= 0x11FF) return true;
        return false;
    }

    private static bool IsSyllabic(int value) =>
        value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x2FFFF or >= 0xAC00 and <= 0xD7AF;
}
