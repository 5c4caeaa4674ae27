namespace Watchlist.Matching;

/// <summary>
/// Honorifics, titles and legal forms: they say nothing about who someone is, and lists
/// and travellers use them inconsistently, so they are dropped before matching.
/// </summary>
internal static class NameNoise
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // titles and honorifics
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "rev", "fr",
        "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "haji", "hajji", "hadji", "hajj", "alhaj", "alhajj",
        "mullah", "mulla", "maulana", "maulvi", "mawlawi", "mufti", "gen", "col", "capt", "maj", "lt", "sgt",
        // legal forms
        "co", "ltd", "llc", "jsc", "inc", "corp", "corporation", "company", "limited", "gmbh", "ag", "sa",
        "sarl", "srl", "spa", "bv", "nv", "plc", "llp", "pte", "pty", "ooo", "oao", "zao", "pao", "tnhh",
        "ctcp", "mtv", "bhd", "sdn", "tbk", "ltda", "lda", "cia", "limitada", "sro", "kft", "doo", "fze", "fzco", "eirl",
    };

    // Legal forms recognised with a typo too ("Compayn", "Ldta") where they stand, at the end of a
    // name: misspelt, they would otherwise count as a rare name part the listing lacks.
    private static readonly string[] LegalForms = ["company", "limited", "corporation", "incorporated", "limitada", "gmbh", "ltda"];

    // Multi-word legal forms, mostly Vietnamese: "Công ty TNHH", "cổ phần", "một thành viên".
    private static readonly string[][] Phrases =
    [
        ["cong", "ty"],
        ["co", "phan"],
        ["trach", "nhiem", "huu", "han"],
        ["mot", "thanh", "vien"],
    ];

    public static string[] Strip(string[] tokens)
    {
        if (tokens.Length == 0) return tokens;
        var drop = new bool[tokens.Length];
        var dropped = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var phrase in Phrases)
            {
                if (!StartsAt(tokens, i, phrase)) continue;
                for (var k = 0; k < phrase.Length; k++) drop[i + k] = true;
            }
        }
        // The run of legal forms that ends a name, misspelt ones included.
        for (var i = tokens.Length - 1; i > 0 && (drop[i] || Words.Contains(tokens[i]) || IsMisspeltLegalForm(tokens[i])); i--)
            drop[i] = true;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Words.Contains(tokens[i])) drop[i] = true;
            if (drop[i]) dropped++;
        }
        // A name made only of such words (a company called "Limited Co") keeps them all.
        if (dropped == 0 || dropped == tokens.Length) return tokens;
        var kept = new string[tokens.Length - dropped];
        for (int i = 0, k = 0; i < tokens.Length; i++)
            if (!drop[i]) kept[k++] = tokens[i];
        return kept;
    }

    private static bool IsMisspeltLegalForm(string token)
    {
        if (token.Length < 4) return false;
        foreach (var form in LegalForms)
        {
            var allowed = form.Length >= 8 ? 2 : 1;
            if (token[0] == form[0] && Math.Abs(token.Length - form.Length) <= allowed
                && EditDistance.Bounded(token, form, allowed) <= allowed) return true;
        }
        return false;
    }

    private static bool StartsAt(string[] tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (!string.Equals(tokens[start + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
