using System.Text;
using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>Tidies names as the lists write them, without changing what they say.</summary>
internal static partial class NameText
{
    /// <summary>Runs of whitespace as one space (the UN file wraps long values across lines), trimmed.</summary>
    public static string Collapse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Whitespace().Replace(text, " ").Trim();

    /// <summary>Whitespace collapsed, stray quotes and separators trimmed.</summary>
    public static string Clean(string? text)
    {
        var collapsed = Collapse(text);
        // A leading ")" is left over from a lettered list; a trailing one closes an acronym, "(IJU)", and stays.
        return collapsed.TrimStart('"', '“', '”', ';', ',', ' ', ')').TrimEnd('"', '“', '”', ';', ',', ' ');
    }

    /// <summary>
    /// OFAC writes persons as <c>LAST, First[, Suffix]</c>. People say and type names in natural order, so that is the
    /// form we lead with: <c>NGUYEN, Van Hung</c> becomes <c>Van Hung NGUYEN</c>, <c>DELOS REYES, Feliciano, Jr.</c>
    /// becomes <c>Feliciano DELOS REYES Jr.</c>. A name without a comma is already in its order.
    /// </summary>
    public static string NaturalOrder(string listed)
    {
        var parts = listed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
            return listed;
        var ordered = new StringBuilder(parts[1]).Append(' ').Append(parts[0]);
        foreach (var suffix in parts.Skip(2))
            ordered.Append(' ').Append(suffix);
        return ordered.ToString();
    }

    /// <summary>
    /// Splits a UN alias into the names it holds. The UN packs several into one field ("A; B; C", "a) A b) B"),
    /// gives the original script in brackets ("Jin Tiesan (金铁三)", "X (original script: Ы)", "حسن غول (Hassan Ghul)")
    /// and adds notes in brackets ("(birth name)", "(Sheikh)", "(HTS)"). Names are kept, notes dropped.
    /// </summary>
    public static IEnumerable<string> SplitAliases(string? text)
    {
        var value = Clean(text);
        // "X, born 1 Jan. 1953 (...)", "X born in 1963": what follows describes the person; it is not a name.
        var born = Born().Match(value);
        if (born.Success && born.Index > 0)
            value = value[..born.Index];

        var (outside, brackets) = SplitBrackets(value);
        var names = Enumerate(outside).ToList();
        foreach (var inner in brackets)
        {
            const string script = "original script";
            var note = inner.Trim();
            if (note.Equals(script, StringComparison.OrdinalIgnoreCase))
                continue; // "هيئة تحرير الشام (original script)": a label on the name before it
            if (note.StartsWith(script + ":", StringComparison.OrdinalIgnoreCase))
                names.AddRange(SplitAliases(note[(script.Length + 1)..]));
            // A bracket is another name when one side is in another script: one transliterates the other.
            else if (HasNonLatinLetter(inner) || HasNonLatinLetter(outside))
                names.AddRange(SplitAliases(inner));
        }
        return names;
    }

    /// <summary>
    /// The text outside top-level brackets, and what each bracket holds (nested brackets included). A bracket
    /// glued to the text before it is part of the name, as in <c>華信船務(香港)有限公司</c>, and stays.
    /// </summary>
    private static (string Outside, List<string> Brackets) SplitBrackets(string value)
    {
        var outside = new StringBuilder(value.Length);
        var brackets = new List<string>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '(' || (i > 0 && !char.IsWhiteSpace(value[i - 1])))
            {
                outside.Append(value[i]);
                continue;
            }
            var depth = 0;
            var start = i + 1;
            for (; i < value.Length; i++)
            {
                if (value[i] == '(')
                    depth++;
                else if (value[i] == ')' && --depth == 0)
                    break;
            }
            // An unclosed bracket runs to the end of the text.
            brackets.Add(value[start..Math.Min(i, value.Length)]);
            outside.Append(' ');
        }
        return (outside.ToString(), brackets);
    }

    private static IEnumerable<string> Enumerate(string text) =>
        Separators().Split(text).Select(Clean).Where(n => n.Any(char.IsLetter));

    private static bool HasNonLatinLetter(string text) =>
        text.Any(c => char.IsLetter(c) && !IsLatin(c));

    // Basic Latin to Latin Extended-B, and Latin Extended Additional (precomposed Vietnamese letters).
    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@",?\s+born\b")]
    private static partial Regex Born();

    // "A; B", and the lettered lists "a) A b) B".
    [GeneratedRegex(@";|(?:^|\s)[a-z]\)\s")]
    private static partial Regex Separators();
}
