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
}
