namespace Watchlist.Matching;

/// <summary>
/// Romanised names that join two Arabic words into one: a name and Allah (Habibullah حبیب الله, Qudratullah قدرت الله), a
/// name and al-Din (Shahabuddin شهاب الدين), Abd al- and a name (Abdulhai عبدالحی). Arabic script writes them as two words,
/// so lookup by consonants reaches the listing only through the other part: this gives it.
/// </summary>
internal static class ArabicCompounds
{
    // Longest first, so "uddin" is taken before "din" would be; each leaves a part of three letters or more.
    private static readonly string[] Endings =
        ["ullah", "ollah", "allah", "illah", "ulla", "uddin", "oddin", "eddin", "iddin", "addin", "uldin", "eldin", "aldin", "udin",
            "edin"];

    private static readonly string[] Beginnings = ["abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abdor", "abdu"];

    /// <summary>The other word of a romanised compound (habib for Habibullah, hai for Abdulhai), or null.</summary>
    public static string? OtherPart(string token)
    {
        foreach (var ending in Endings)
            if (token.Length >= ending.Length + 3 && token.EndsWith(ending, StringComparison.Ordinal))
                return token[..^ending.Length];
        foreach (var beginning in Beginnings)
            if (token.Length >= beginning.Length + 2 && token.StartsWith(beginning, StringComparison.Ordinal))
                return token[beginning.Length..];
        return null;
    }

    /// <summary>
    /// How well three parts, the middle an article, spell one romanised word: "Abd al-Aziz" / Abdoulaziz, "Abd al-Rahman" /
    /// Abdulrahman, "Bashir-ud-Din" / Bashiruddin, "Zia-ur-Rahman" / Ziaurrahman. The article is read as written and as "ul",
    /// the joined form most romanisations use (Abdul-, -uddin); the word must then be the same within the typo allowance.
    /// Decision record 0128.
    /// </summary>
    public static double Joined(Term first, Term article, Term second, Term whole)
    {
        if (first.Text.Length < 2 || second.Text.Length < 2) return 0;
        var written = Spelled(first.Text, article.Text, second.Text, whole.Text);
        return article.Text == "ul" ? written : Math.Max(written, Spelled(first.Text, "ul", second.Text, whole.Text));
    }

    private static double Spelled(string first, string article, string second, string whole)
    {
        var length = first.Length + article.Length + second.Length;
        if (Math.Abs(length - whole.Length) > TokenSimilarity.AllowedEdits(length, whole.Length)) return 0;
        Span<char> joined = stackalloc char[length];
        first.AsSpan().CopyTo(joined);
        article.AsSpan().CopyTo(joined[first.Length..]);
        second.AsSpan().CopyTo(joined[(first.Length + article.Length)..]);
        return TokenSimilarity.Spelling(joined, whole);
    }
}
