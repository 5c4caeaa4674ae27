namespace Watchlist.Matching;

/// <summary>How alike two name tokens are, on a fixed scale shared by all comparisons.</summary>
internal static class TokenSimilarity
{
    public const double Equivalent = 0.95;
    public const double SoundAlike = 0.8;
    public const double Initial = 0.6;
    public const double Inflected = 0.85;

    // English word endings of organisation names: Industry / Industries / Industrial, Managing / Management, Coast / Coastal.
    private static readonly string[] Endings = ["", "s", "es", "ies", "y", "al", "ial", "ing", "ed", "er", "ers", "e", "ement", "ements",
        "ment", "ments", "ion", "ions", "ic", "ical", "ics"];

    /// <summary>
    /// Short tokens get no typo allowance: "Tam" and "Tan" are different people. Two edits from seven letters (Hissene /
    /// Hissein, Pezhman / Pejman, Udomdet / Udomdech), scoring 1 − 3/7 = 0.57 (0.63 against eight letters): measured, it
    /// merged no distinct names on the general pairs (decision record 0081).
    /// </summary>
    public static int AllowedEdits(int length) => length <= 3 ? 0 : length < TwoEditsFrom ? 1 : 2;

    private const int TwoEditsFrom = 7;

    /// <summary>
    /// The allowance for two tokens: the shorter one's, except that a three-letter token may be a
    /// four-letter one with a letter dropped (Khan / Khn, Noel / Nol). Same-length short tokens
    /// still get none, so Tam / Tan stay apart.
    /// </summary>
    public static int AllowedEdits(int shorter, int longer)
    {
        if (shorter > longer) (shorter, longer) = (longer, shorter);
        return shorter == 3 && longer > 3 ? 1 : AllowedEdits(shorter);
    }

    /// <summary>Only the same syllable counts: for names written in Han, Kana or Hangul on both sides.</summary>
    public static double Same(Term a, Term b) =>
        ReferenceEquals(a, b) || string.Equals(a.Text, b.Text, StringComparison.Ordinal) ? 1 : 0;

    /// <param name="writtenA">The token as written with its marks when both names carry marks (see <see cref="MarkedLetters"/>).</param>
    public static double Score(Term a, Term b, string? writtenA = null, string? writtenB = null)
    {
        if (ReferenceEquals(a, b)) return 1;
        // Indexed terms are unique per spelling, so two of them never share a text; only a
        // query token unseen by the index (no postings) needs the string compare.
        if ((a.Postings is null || b.Postings is null) && string.Equals(a.Text, b.Text, StringComparison.Ordinal)) return 1;
        if (a.Canonical is not null && ReferenceEquals(a.Canonical, b.Canonical)) return Equivalent;
        // A number is not a typo of another (Vabo 2012 / Vabo 2017): a distinguishing word, see NameComparer.
        if (char.IsAsciiDigit(a.Text[0]) || char.IsAsciiDigit(b.Text[0])) return 0;
        if (a.Text.Length == 1 || b.Text.Length == 1) return a.Text[0] == b.Text[0] ? Initial : 0;
        var allowed = AllowedEdits(a.Text.Length, b.Text.Length);
        var spelling = allowed == 0 || LetterSignature.TooFarApart(a.Letters, b.Letters, allowed)
            ? 0
            : Spelling(a.Text, b.Text, allowed);
        // Written with marks on both sides, a keying error is one letter, marks included: Trung / Trường are two names.
        if (spelling > 0 && writtenA is not null && writtenB is not null && EditDistance.Bounded(writtenA, writtenB, allowed) > allowed)
            spelling = 0;
        if (spelling < Inflected && SameStem(a.Text, b.Text)) return Inflected;
        if (spelling >= SoundAlike) return spelling;
        // A single syllable's key keeps its vowel and takes out only spellings of one sound (Phú / Fu, Kim / Kym), so
        // meeting on it needs no spelling check: ph → f alone is two edits in a two-letter syllable.
        if (a.Syllable != 0 && a.Syllable == b.Syllable) return SoundAlike;
        if (!SoundsAlike(a, b)) return spelling;
        // The sound key ignores vowel quality (Moreno / Mariana share one), so the spelling must
        // stay close too: one edit beyond the typo allowance. Skeletons have no vowels to compare.
        if (a.IsSkeleton || b.IsSkeleton) return SoundAlike;
        return EditDistance.Bounded(a.Text, b.Text, allowed + 1) <= allowed + 1 ? SoundAlike : 0;
    }

    /// <summary>
    /// Two persons' name parts as romanisations of Arabic write one name (Kazim / Kadhim, Qasim / Kassem, Ghazi / Gazy, Obeidi /
    /// Ubaydi): their spellings with the alternations taken out are the same (sound-alike), or within the typo allowance (the
    /// typo's score, at most sound-alike). Decision record 0138.
    /// </summary>
    public static double ArabicRomanisation(Term a, Term b)
    {
        if (a.ArabicSpelling is not { } x || b.ArabicSpelling is not { } y) return 0;
        if (string.Equals(x, y, StringComparison.Ordinal)) return SoundAlike;
        var allowed = AllowedEdits(x.Length, y.Length);
        if (allowed == 0 || Math.Abs(x.Length - y.Length) > allowed) return 0;
        if (LetterSignature.TooFarApart(a.ArabicLetters, b.ArabicLetters, allowed)) return 0;
        return Math.Min(SoundAlike, Spelling(x, y, allowed));
    }

    /// <summary>
    /// Typo similarity: 1 − 1.5 × edits / length, zero beyond the allowance. The factor keeps
    /// one letter in a short syllable (Hung / Hang / Huong) from passing for the same name.
    /// </summary>
    public static double Spelling(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Spelling(a, b, AllowedEdits(a.Length, b.Length));

    private static double Spelling(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int allowed)
    {
        if (allowed == 0) return a.SequenceEqual(b) ? 1 : 0;
        var edits = EditDistance.Bounded(a, b, allowed);
        return edits > allowed ? 0 : 1.0 - 1.5 * edits / Math.Max(a.Length, b.Length);
    }

    /// <summary>Two words of one stem of five letters or more, each with one of the usual English endings.</summary>
    private static bool SameStem(string a, string b) => a.Length >= 6 && b.Length >= 6 && SameStem(a, b, 5, Endings);

    private static bool SameStem(string a, string b, int shortest, string[] endings)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        if (common < shortest) return false;
        for (var stem = common; stem >= shortest; stem--)
            if (Array.IndexOf(endings, a[stem..]) >= 0 && Array.IndexOf(endings, b[stem..]) >= 0) return true;
        return false;
    }

    // In an organisation's name also: Revolution / Revolutionary, Tourist / Tourism, Korea / Korean, Crimea / Crimean,
    // Islam / Islamic / Islami, Medicine / Medical.
    private static readonly string[] OrganisationEndings = [.. Endings, "ary", "aries", "ism", "ist", "ists", "n", "an", "ian",
        "i", "ine"];

    // From a stem of four letters only plurals and -ing: Bank / Banking, Trade / Trading, Guard / Guards (Mehr / Mehran,
    // Pars / Parsian are two names).
    private static readonly string[] ShortStemEndings = ["", "s", "es", "e", "ing"];

    /// <summary>
    /// Two forms of one word in organisations' names, which lists write as noun, adjective or plural at will ("Islamic
    /// Revolution Guards Corps" / "Islamic Revolutionary Guard Corps", "Korea Mining" / "Korean Mining", "Development Bank" /
    /// "Development Banking", "Rungrado Trade" / "Trading"): the usual endings and those of adjectives of places and
    /// doctrines from a stem of five letters, plurals and -ing from four. Persons' names keep the narrower
    /// <see cref="SameStem(string, string)"/>: Julia / Julian, Maria / Marian are two persons' names.
    /// </summary>
    public static bool SameOrganisationWord(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a == b) return false;
        if (a.Length > b.Length) (a, b) = (b, a);
        // An English plural in -ves (Thief / Thieves, Wolf / Wolves).
        if (b.EndsWith("ves", StringComparison.Ordinal) && a[^1] == 'f' && a.Length == b.Length - 2
            && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, a.Length - 1))) return true;
        return SameStem(a, b, 4, ShortStemEndings) || SameStem(a, b, 5, OrganisationEndings);
    }

    private static bool SoundsAlike(Term a, Term b)
    {
        if (a.IsSkeleton || b.IsSkeleton) return a.Consonants != 0 && a.Consonants == b.Consonants;
        return a.Phonetic != 0 && a.Phonetic == b.Phonetic;
    }
}
