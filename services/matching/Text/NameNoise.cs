namespace Watchlist.Matching;

/// <summary>
/// Titles, honorifics and legal forms. Titles say nothing about who someone is and are dropped. Legal forms are dropped
/// from the name's parts too (lists and travellers write them inconsistently: "Ltd" / "Limited", "OAO" / "Open Joint Stock
/// Company", "S.A." / "Sociedad Anónima", "Công ty TNHH" / "LLC"), but each is kept as its family (<see cref="LegalForms"/>)
/// so that two names whose forms are of incompatible families ("X OOO" / "X OAO": a limited liability company and a joint
/// stock company) score lower instead of the forms being ignored.
/// </summary>
internal static class NameNoise
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        // English
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "hon", "president",
        "minister", "gen", "col", "colonel", "capt", "captain", "maj", "lt", "sgt", "brig",
        // Arabic, Persian, South Asian
        "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "sayyid", "sayed", "haji", "hajji", "hadji", "hajj", "alhaj", "alhajj",
        "hajjah", "mullah", "mulla", "maulana", "mawlana", "maulvi", "mawlawi", "maulawi", "moulavi", "mawlavi", "mufti",
        "qari", "imam", "amir", "emir", "ayatollah", "hojatoleslam", "sahib", "sardar", "shri", "sri", "smt", "ustad", "ustadh", "ustaz",
        "jr",
        // French, Spanish, Portuguese, Italian, German, Dutch
        "monsieur", "mme", "madame", "mlle", "mademoiselle", "senor", "senora", "senorita", "sr", "sra", "srta", "don", "dona",
        "senhor", "senhora", "signor", "signora", "sig", "herr", "frau", "praesident", "prasident", "dhr", "mevr",
        // Slavic, Turkish, Indonesian, Thai (Vietnamese ông / bà / anh / chị are also given names: left alone)
        "gospodin", "gospozha", "pan", "pani", "bey", "hanim", "bay", "bayan", "bapak", "ibu", "khun", "nai", "nang",
    };

    // Titles that are also common name parts ("Pan", "Don", "Bay", "Amir", "Imam", "Sayed"): dropped only as a prefix, before
    // two more parts.
    private static readonly HashSet<string> AmbiguousTitles = new(StringComparer.Ordinal)
    {
        "pan", "pani", "don", "dona", "bay", "bayan", "amir", "emir", "imam", "nai", "nang", "sr", "bey", "sayed", "sayyid",
        "sahib", "sardar", "ibu", "president", "minister", "lady", "lord", "qari",
    };

    // Honorifics of descent, pilgrimage and religious learning (Seyed, Haji, Mullah, Qari, Mufti, Sheikh, Maulvi), in the
    // spellings the lists use. The lists write them on one name of a person and not on another; the ambiguous ones (Sayed,
    // Qari) and the spellings not in the title table stay among the name's parts. See OptionalHonorifics.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "seyed", "seyyed", "sayyed", "sayed", "sayyid", "sayid", "syed", "seid", "seyyid", "saiyid", "haji", "hajji", "hadji",
        "hajj", "alhaj", "alhajj", "mullah", "mulla", "molla", "maulana", "mawlana", "maulvi", "mawlawi", "maulawi", "moulavi",
        "mawlavi", "mulavi", "moulvi", "maulavi", "mufti", "qari", "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "shiekh",
        "ustad", "ustadh", "ustaz",
    };

    /// <summary>
    /// The honorifics among a person's unpaired parts, as a mask: a title one name carries and the other lacks costs nothing,
    /// on either side, instead of its full weight (Seyed is rarer than most given names). A title is not who someone is;
    /// dropping it when folding is not enough, because an ambiguous one is kept in a short name ("Seyed NOOSHIN") and then
    /// compared as an optional part is the only reading that serves both (decision record 0081).
    /// </summary>
    public static int OptionalHonorifics(Term[] terms, int used)
    {
        var optional = 0;
        for (var i = 0; i < terms.Length; i++)
            if ((used & (1 << i)) == 0 && terms[i].IsHonorific) optional |= 1 << i;
        return optional;
    }

    public static bool IsHonorific(string token) => Honorifics.Contains(token);

    public static string[] Strip(string[] tokens) => Strip(tokens, out _);

    public static string[] Strip(string[] tokens, out LegalForm forms)
    {
        forms = LegalForm.None;
        if (tokens.Length == 0) return tokens;
        var drop = new bool[tokens.Length];
        var dropped = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (length, form) = LegalForms.PhraseAt(tokens, i);
            if (length == 0) continue;
            for (var k = 0; k < length; k++) drop[i + k] = true;
            forms |= form;
        }
        // The run of legal forms that ends a name, misspelt ones and short ambiguous ones ("AS", "SE") included.
        for (var i = tokens.Length - 1; i > 0; i--)
        {
            if (drop[i]) continue;
            var form = LegalForms.Single(tokens[i], atEnd: true);
            if (form == LegalForm.None && !LegalForms.IsMisspelt(tokens[i])) break;
            drop[i] = true;
            forms |= form == LegalForm.None ? LegalForm.Generic : form;
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!drop[i] && LegalForms.Single(tokens[i], atEnd: false) is var form && form != LegalForm.None)
            {
                drop[i] = true;
                forms |= form;
            }
            if (!drop[i] && IsTitle(tokens, i)) drop[i] = true;
            if (drop[i]) dropped++;
        }
        // A name made only of such words (a company called "Limited Co") keeps them all.
        if (dropped == 0 || dropped == tokens.Length) return tokens;
        var kept = new string[tokens.Length - dropped];
        for (int i = 0, k = 0; i < tokens.Length; i++)
            if (!drop[i]) kept[k++] = tokens[i];
        return kept;
    }

    private static bool IsTitle(string[] tokens, int i)
    {
        if (!Titles.Contains(tokens[i])) return false;
        if (!AmbiguousTitles.Contains(tokens[i])) return true;
        // A prefix title in a name of three or more parts, every part before it a title too.
        if (tokens.Length < 3 || i + 1 >= tokens.Length - 1) return false;
        for (var k = 0; k < i; k++)
            if (!Titles.Contains(tokens[k])) return false;
        return true;
    }
}
