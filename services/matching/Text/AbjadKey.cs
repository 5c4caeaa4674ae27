namespace Watchlist.Matching;

/// <summary>
/// Compares a name part written in Arabic script (an abjad: short vowels are not written, so محمد transliterates to "mhmd")
/// with its romanisations (Mohammad, Muhammad). Both sides are reduced to the consonants Arabic script writes, each
/// folded into the class of letters romanisations use for it: vowels, w, y and v (و and ي are also long vowels), a final
/// h (ة, and the silent h of "Abdullah"), ayn and hamza go; th / t (ث ت ط), dh / d (ذ ض ظ د),
/// sh / ch / s (ش س ص, French "Akkacha" عكاشة), kh, gh / g, q / k / c (ق ك), j / dj / g (ج, "Djamel") and ph / f each
/// become one letter; a letter doubled in the romanisation is written once in Arabic (Haqqani حقاني). A final i or y
/// stays, as i: Arabic writes the final long vowel of Ahmadi, Hosseini, Sami.
/// </summary>
internal static class AbjadKey
{
    /// <summary>Keys shorter than this are not looked up: one consonant finds half the index.</summary>
    public const int IndexedLength = 2;

    /// <summary>Two keys this long or longer may differ in one letter (a letter one side writes and the other does not).</summary>
    private const int TypoLength = 4;

    /// <summary>The key of a folded token, or null when no consonant is left.</summary>
    public static string? Of(ReadOnlySpan<char> token)
    {
        Span<char> key = stackalloc char[token.Length + 1];
        var length = 0;
        var previous = '\0';
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char code;
            if (next == 'h' && c is 'k' or 's' or 'c' or 't' or 'd' or 'g' or 'z' or 'p')
            {
                code = c switch { 'k' => 'x', 's' or 'c' => 's', 't' => 't', 'g' => 'g', 'p' => 'f', _ => 'd' };
                i++;
            }
            else if (c == 'd' && next == 'j')
            {
                code = 'j';
                i++;
            }
            else
                code = c switch
                {
                    'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v' => '\0',
                    'h' when next == '\0' => '\0',
                    'c' when next is 'e' or 'i' => 's',
                    'c' or 'q' => 'k',
                    'x' => 's',
                    >= 'b' and <= 'z' => c,
                    _ => '\0',
                };
            // Only a letter written twice in a row is one Arabic letter; the same letter on both sides of a vowel is two.
            if (code != '\0' && code != previous) key[length++] = code;
            previous = code;
        }
        // A final ي is written (the nisba: Hosseini حسيني, Ahmadi احمدی), so Hasan and Hosseini, Assar and Assiri stay apart.
        if (length > 0 && token.Length > 2 && token[^1] is 'i' or 'y' && key[length - 1] != 'i') key[length++] = 'i';
        return length > 0 ? new string(key[..length]) : null;
    }

    /// <summary>
    /// The key of each two adjacent parts written as one ("Abd al" / عبدال…, "Abdul"; null for the last part, or where no
    /// consonant is left): worked out once per comparison of two names rather than once per pair of their parts.
    /// </summary>
    public static string?[] JoinedOf(Term[] terms)
    {
        var keys = new string?[terms.Length];
        var longest = 0;
        for (var i = 0; i + 1 < terms.Length; i++) longest = Math.Max(longest, terms[i].Text.Length + terms[i + 1].Text.Length);
        Span<char> joined = stackalloc char[longest];
        for (var i = 0; i + 1 < terms.Length; i++)
        {
            var (first, second) = (terms[i].Text, terms[i + 1].Text);
            first.AsSpan().CopyTo(joined);
            second.AsSpan().CopyTo(joined[first.Length..]);
            keys[i] = Of(joined[..(first.Length + second.Length)]);
        }
        return keys;
    }

    /// <summary>
    /// For each part followed by an article and a third part ("shhab al dyn", "abd al hy"), the keys of the two outer parts
    /// written as one word, without the article (Shahabuddin: ud-Din assimilates its l) at 2i and with its l (Abdulhai) at
    /// 2i + 1; null elsewhere, and null when the name has no article. Built once per name (decision record 0139).
    /// </summary>
    public static string?[]? AroundArticleOf(Term[] terms)
    {
        string?[]? keys = null;
        for (var i = 0; i + 2 < terms.Length; i++)
        {
            if (!terms[i + 1].IsArticle || terms[i].Abjad is not { } first || terms[i + 2].Abjad is not { } second) continue;
            keys ??= new string?[2 * terms.Length];
            keys[2 * i] = first[^1] == second[0] ? first + second[1..] : first + second;
            keys[2 * i + 1] = first + "l" + second;
        }
        return keys;
    }

    /// <summary>
    /// The hash a key is looked up by: letters romanisations use for one Arabic letter are one letter here (z for ذ ض ظ is d,
    /// g for ق is k), so that lookup is as tolerant as <see cref="Similarity"/>. Zero for keys too short to look up.
    /// </summary>
    public static ulong LookupOf(KeyKind kind, string? key)
    {
        if (key is null || key.Length < IndexedLength) return 0;
        Span<char> folded = stackalloc char[key.Length];
        for (var i = 0; i < key.Length; i++) folded[i] = key[i] switch { 'z' => 'd', 'g' => 'k', _ => key[i] };
        return KeyHash.Of(kind, folded);
    }

    /// <summary>
    /// How alike a part written in Arabic script and a romanised one are, by their keys: the same key sounds alike, and so
    /// do keys whose letters differ only where romanisations disagree (d / z: ذ ض ظ are Zakir, Ramazan in Persian and Urdu;
    /// t / s: ث is Usman as well as Uthman; k / g: ق is Gaddafi as well as Qadhafi; j / g: Gamal). One more letter apart in
    /// keys of four or more, or the same key of one or two letters (Ayed عايد, Omar), scores a little less.
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        if (a is null || b is null) return 0;
        if (Math.Abs(a.Length - b.Length) > 1) return 0;
        // Two consonants are shared by many names (Ashur / Sharaa "sr", Dana / Diana "dn"): such a pair is only loosely alike.
        var same = Math.Min(a.Length, b.Length) >= 3 ? TokenSimilarity.SoundAlike : Loose;
        // Short keys may only be the same key, letter for letter: no edit distance to work out (most pairs of parts are short).
        if (Math.Min(a.Length, b.Length) < TypoLength) return a.Length == b.Length && AllCompatible(a, b) ? same : 0;
        var distance = Distance(a, b);
        return distance == 0 ? same : distance == 1 ? Loose : 0;
    }

    private const double Loose = TokenSimilarity.SoundAlike - 0.1;

    /// <summary>Edit distance (capped at 2) where letters romanisations use for one Arabic letter cost nothing.</summary>
    private static int Distance(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (Compatible(a[i - 1], b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            current.CopyTo(previous);
        }
        return Math.Min(previous[b.Length], 2);
    }

    private static bool AllCompatible(string a, string b)
    {
        for (var i = 0; i < a.Length; i++)
            if (!Compatible(a[i], b[i])) return false;
        return true;
    }

    private static bool Compatible(char x, char y) => x == y || (x, y) is ('d', 'z') or ('z', 'd') or ('t', 's') or ('s', 't')
        or ('k', 'g') or ('g', 'k') or ('j', 'g') or ('g', 'j');

    /// <summary>Whether a name is written (at least partly) in Arabic script, Persian and Pashto letters and presentation
    /// forms included.</summary>
    public static bool IsArabicScript(string name)
    {
        foreach (var c in name)
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF'
                or >= '\uFE70' and <= '\uFEFF')
                return true;
        return false;
    }
}
