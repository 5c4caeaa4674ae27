namespace Watchlist.Matching;

/// <summary>A name folded into terms, ready for comparison.</summary>
internal sealed class PreparedName(string display, NameType type, Term[] terms, bool knownAs = false)
{
    /// <summary>Longer names are cut here; comparison uses bit masks over token positions.</summary>
    public const int MaxTerms = 12;

    /// <summary>No real name part is longer; a longer run is noise and would only cost time.</summary>
    private const int MaxTermLength = 40;

    public string Display { get; } = display;

    public NameType Type { get; } = type;

    public Term[] Terms { get; } = terms;

    /// <summary>
    /// Written in Han, Kana or Hangul: each character is a syllable chosen from thousands, so two such names one character
    /// apart are two people, not a typo (compared character by character, see <see cref="NameComparer"/>).
    /// </summary>
    public bool IsSyllabicScript { get; } = NameFolder.HasSyllabicScript(display);

    /// <summary>Each term as written with its marks, for names that carry Latin marks; null otherwise.</summary>
    public string?[]? Marked { get; } = MarkedLetters.Of(display, terms);

    /// <summary>Written in Arabic script: compared with a romanised name by consonants (<see cref="AbjadKey"/>).</summary>
    public bool IsArabicScript { get; } = AbjadKey.IsArabicScript(display);

    /// <summary>The families of the legal forms the name carries ("Ltd", "Công ty Cổ phần"), dropped from its terms.</summary>
    public LegalForm LegalForms { get; } = FormsOf(display);

    private static LegalForm FormsOf(string display)
    {
        NameNoise.Strip(NameFolder.Tokens(display), out var forms);
        return forms;
    }

    /// <summary>A legal form or an organisation's word (<see cref="Acronyms.LooksLikeOrganisation"/>).</summary>
    public bool LooksLikeOrganisation => _looksLikeOrganisation ??= Acronyms.LooksLikeOrganisation(LegalForms, Terms);

    private bool? _looksLikeOrganisation;

    /// <summary>Romanised as a Korean name could be (<see cref="KoreanRomanisation.Of"/>): worked out when first compared.</summary>
    public KoreanRomanisation.Korean KoreanSyllables =>
        _korean ??= IsSyllabicScript ? KoreanRomanisation.Korean.None : KoreanRomanisation.Of(Terms);

    private KoreanRomanisation.Korean? _korean;

    /// <summary>
    /// The keys of the parts around each article written as one word (<see cref="AbjadKey.AroundArticleOf"/>), or null when
    /// the name has none: worked out when first compared across Arabic script, then kept (decision record 0139).
    /// </summary>
    public string?[]? AroundArticle => (_aroundArticle ??= AbjadKey.AroundArticleOf(Terms) ?? []) is { Length: > 0 } keys ? keys : null;

    private string?[]? _aroundArticle;

    /// <summary>
    /// Weak aliases are the main source of false hits on sanctions lists. A name the list did not write (the given name with
    /// a one-part alias, <see cref="KnownAs"/>) counts for less still: the name alone makes a review.
    /// </summary>
    public double Trust => knownAs ? KnownAsTrust : Type == NameType.WeakAlias ? 0.9 : 1.0;

    private const double KnownAsTrust = 0.8;

    public static string[] Fold(string value)
    {
        var tokens = Acronyms.WithoutGloss(NameNoise.Strip(NumberWords.ToDigits(NameFolder.Tokens(value))));
        if (tokens.Length > MaxTerms) tokens = tokens[..MaxTerms];
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Length > MaxTermLength) tokens[i] = tokens[i][..MaxTermLength];
        return tokens;
    }
}
