namespace Watchlist.Matching;

/// <summary>
/// Organisations go by their initials ("PTK" / "Pouya Tamin Kish", "IRISL" / "Islamic Republic of Iran Shipping Lines").
/// An acronym is weak evidence (many names share three initials), so it finds a candidate and scores it worth a review,
/// never a match (<see cref="CandidateScorer"/>); and only organisations are indexed by their initials.
/// </summary>
internal static class Acronyms
{
    public const int MinLetters = 3;
    public const int MaxLetters = 8;

    /// <summary>Linking words an acronym usually leaves out ("Bank of Kunlun" is BK as often as BOK).</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "for", "de", "del", "della", "des", "du", "la", "le", "y", "e", "et", "und", "van", "von", "al", "el",
    };

    /// <summary>A single word that may be an acronym: letters only, three to eight of them.</summary>
    public static bool IsAcronym(string token)
    {
        if (token.Length is < MinLetters or > MaxLetters) return false;
        foreach (var c in token)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    /// <summary>The initials of a name of several words: all of them, and without linking words when that differs.</summary>
    public static IEnumerable<string> InitialsOf(IReadOnlyList<string> tokens)
    {
        if (tokens.Count < 2) yield break;
        var all = Initials(tokens, skipLinking: false);
        if (all is not null) yield return all;
        var content = Initials(tokens, skipLinking: true);
        if (content is not null && content != all) yield return content;
    }

    /// <summary>
    /// A name followed by its own acronym ("Islamic International Brigade (IIB)") is the name: the gloss would otherwise count
    /// as a word the other side lacks.
    /// </summary>
    public static string[] WithoutGloss(string[] tokens) =>
        tokens.Length >= 3 && IsAcronym(tokens[^1]) && InitialsOf(tokens[..^1]).Contains(tokens[^1]) ? tokens[..^1] : tokens;

    /// <summary>Whether one name is a single word spelling the initials of the other.</summary>
    public static bool Spells(IReadOnlyList<string> one, IReadOnlyList<string> other) =>
        (one.Count == 1 && IsAcronym(one[0]) && InitialsOf(other).Contains(one[0]))
        || (other.Count == 1 && IsAcronym(other[0]) && InitialsOf(one).Contains(other[0]));

    private static string? Initials(IReadOnlyList<string> tokens, bool skipLinking)
    {
        Span<char> initials = stackalloc char[MaxLetters];
        var length = 0;
        foreach (var token in tokens)
        {
            if (skipLinking && Linking.Contains(token)) continue;
            if (!char.IsAsciiLetter(token[0]) || length == MaxLetters) return null;
            initials[length++] = token[0];
        }
        return length >= MinLetters ? new string(initials[..length]) : null;
    }
}
