namespace Watchlist.Matching;

/// <summary>
/// Organisations go by their initials ("PTK" / "Pouya Tamin Kish", "IRGC" / "Islamic Revolutionary Guard Corps"). An acronym
/// is weak evidence (many names share three initials), so it finds a candidate and scores it worth a review, never a match
/// (<see cref="CandidateScorer"/>). Only organisations are indexed by their initials, and a name of several words is read as
/// initials only when it looks like an organisation's: a traveller "Le Thi Ha" is no "LTH".
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

    /// <summary>Words only organisations' names carry; with a legal form, what makes several words an organisation's.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "army", "movement", "front", "party", "brigade", "brigades", "bank", "banking", "group", "council", "organization",
        "organisation", "union", "corps", "force", "forces", "guard", "guards", "ministry", "industries", "industry", "industrial",
        "trading", "international", "national", "center", "centre", "institute", "university", "association", "society",
        "committee", "network", "agency", "authority", "office", "department", "directorate", "federation", "league", "alliance",
        "resistance", "liberation", "revolutionary", "shipping", "lines", "airlines", "aviation", "petroleum", "oil", "gas",
        "petrochemical", "energy", "mining", "development", "investment", "holding", "holdings", "enterprise", "enterprises",
        "corporation", "commercial", "export", "import", "logistics", "services", "systems", "technology", "technologies",
        "engineering", "research", "complex", "factory", "plant", "works", "state", "republic", "people", "peoples", "jihad",
        "mujahideen", "islamic", "charity", "relief", "aid", "trust", "fund", "foundation", "radio", "television", "media",
    };

    /// <summary>
    /// Whether a name looks like an organisation's: a legal form, or a word (or a spelling of one, "Harakat" / movement) that
    /// only organisations' names carry or that says what kind of body it is. Travellers' names do not: rules that would let a
    /// person's name inside an organisation's pass (<see cref="ContainedOrganisation"/>) ask for it.
    /// </summary>
    public static bool LooksLikeOrganisation(LegalForm forms, Term[] terms)
    {
        if (forms != LegalForm.None) return true;
        foreach (var term in terms)
            if (OrganisationWords.Contains(term.Text) || Descriptors.IsDescriptor(term.Text)
                || (term.Canonical is { } canonical && (OrganisationWords.Contains(canonical) || Descriptors.IsDescriptor(canonical))))
                return true;
        return false;
    }

    /// <summary>A single word that may be an acronym: letters only, three to eight of them.</summary>
    public static bool IsAcronym(string token)
    {
        if (token.Length is < MinLetters or > MaxLetters) return false;
        foreach (var c in token)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    /// <summary>
    /// What a name may be abbreviated to, or stands for: a one-word name itself, if it may be an acronym; the initials of a
    /// name of several words, with and without its linking words and legal forms ("Benevolence International Foundation" is
    /// BIF though "foundation" is a legal form), if <paramref name="anyName"/> or the name looks like an organisation's.
    /// </summary>
    public static IEnumerable<string> Of(PreparedName name, bool anyName)
    {
        var terms = name.Terms;
        if (terms.Length == 1) return IsAcronym(terms[0].Text) ? [terms[0].Text] : [];
        // Checked on the terms first: most asked names are persons', and folding the name again costs a screening time.
        if (!anyName && name.LegalForms == LegalForm.None && !terms.Any(t => OrganisationWords.Contains(t.Text))) return [];
        var words = NumberWords.ToDigits(NameFolder.Tokens(name.Display));
        return InitialsOf(Array.ConvertAll(terms, t => t.Text)).Concat(InitialsOf(words)).Distinct();
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

    /// <summary>
    /// Whether the asked name and the listed one are an acronym and what it stands for, either way round; an asked name of
    /// several words counts only if it looks like an organisation's (see <see cref="Of"/>).
    /// </summary>
    public static bool Spell(PreparedName asked, PreparedName listed)
    {
        if (asked.Terms.Length == 1 && listed.Terms.Length > 1)
            return IsAcronym(asked.Terms[0].Text) && Of(listed, anyName: true).Contains(asked.Terms[0].Text);
        if (listed.Terms.Length == 1 && asked.Terms.Length > 1)
            return IsAcronym(listed.Terms[0].Text) && Of(asked, anyName: false).Contains(listed.Terms[0].Text);
        return false;
    }

    /// <summary>Similarity of initials and the words they spell: sure enough for a match with the rest of the name.</summary>
    public const double SpeltSimilarity = 0.8;

    /// <summary>
    /// How many words of <paramref name="terms"/> from <paramref name="start"/> a short word of two to four letters spells by
    /// their initials, or 0: lists write part of an organisation's name as initials ("Futbol y Corazon, A.C." / "…, Asociacion
    /// Civil", "C.I. del Istmo" / "Comercializadora Internacional del Istmo"). Articles and linking words spell nothing.
    /// </summary>
    public static int Spelt(string token, Term[] terms, int start)
    {
        var n = token.Length;
        if (n is < 2 or > 4 || start + n > terms.Length || ArabicWords.IsArticle(token) || Linking.Contains(token)) return 0;
        for (var k = 0; k < n; k++)
        {
            var word = terms[start + k].Text;
            if (word.Length < 2 || word[0] != token[k] || !char.IsAsciiLetter(token[k]) || Linking.Contains(word)) return 0;
        }
        return n;
    }

    private static string? Initials(IReadOnlyList<string> tokens, bool skipLinking)
    {
        Span<char> initials = stackalloc char[MaxLetters];
        var length = 0;
        foreach (var token in tokens)
        {
            if (skipLinking && Linking.Contains(token)) continue;
            if (token.Length == 0 || !char.IsAsciiLetter(token[0]) || length == MaxLetters) return null;
            initials[length++] = token[0];
        }
        return length >= MinLetters ? new string(initials[..length]) : null;
    }
}
