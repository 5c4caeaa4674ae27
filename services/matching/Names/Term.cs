namespace Watchlist.Matching;

/// <summary>
/// One distinct folded name token, shared by every entry that uses it. Everything a
/// comparison needs is worked out once here, at indexing time, not per query. Sound keys
/// are kept as hashes: they are only ever compared or looked up, never shown.
/// </summary>
internal sealed class Term
{
    public Term(string text, Postings? postings)
    {
        Text = text;
        Postings = postings;
        Canonical = NameEquivalents.Canonical(text);
        IsSkeleton = PhoneticKey.IsSkeleton(text);
        Phonetic = PhoneticKey.Of(text) is { } phonetic ? KeyHash.Of(KeyKind.PhoneticName, phonetic) : 0;
        Consonants = PhoneticKey.ConsonantsOf(text) is { } consonants ? KeyHash.Of(KeyKind.ConsonantName, consonants) : 0;
        Syllable = PhoneticKey.SyllableOf(text) is { } syllable ? KeyHash.Of(KeyKind.SyllableSpelling, syllable) : 0;
        Abjad = AbjadKey.Of(text);
        Letters = LetterSignature.Of(text);
        // The same string when the spelling has nothing to take out, so most terms hold no second copy.
        ArabicSpelling = PhoneticKey.ArabicSpellingOf(text) is { } arabic ? arabic == text ? text : arabic : null;
        ArabicLetters = ArabicSpelling is null ? 0 : LetterSignature.Of(ArabicSpelling);
        Prior = CommonNameParts.Of(text, Canonical);
        IsHonorific = NameNoise.IsHonorific(text);
        IsArticle = ArabicWords.IsArticle(text);
    }

    public string Text { get; }

    /// <summary>Entries that carry this token; null for a query token the index has never seen.</summary>
    public Postings? Postings { get; }

    /// <summary>The equivalence group's spelling (one shared string instance), or null.</summary>
    public string? Canonical { get; }

    public bool IsSkeleton { get; }

    /// <summary>Hash of the multi-syllable sound key, 0 when there is none.</summary>
    public ulong Phonetic { get; }

    /// <summary>Hash of the consonant skeleton, 0 when there is none.</summary>
    public ulong Consonants { get; }

    /// <summary>Hash of a single syllable's romanisation-neutral spelling, 0 for longer tokens; compared, not indexed.</summary>
    public ulong Syllable { get; }

    /// <summary>The consonants Arabic script would write (<see cref="AbjadKey"/>), or null; for names across that script.</summary>
    public string? Abjad { get; }

    public ulong Letters { get; }

    /// <summary>The spelling with Arabic romanisations' alternations taken out (<see cref="PhoneticKey.ArabicSpellingOf"/>),
    /// or null.</summary>
    public string? ArabicSpelling { get; }

    public ulong ArabicLetters { get; }

    /// <summary>Expected frequency per <see cref="CommonNameParts.Population"/> people.</summary>
    public int Prior { get; }

    public int Frequency => Postings?.Live ?? 0;

    /// <summary>A title such as Seyed or Haji: costs nothing when it finds no pair (<see cref="NameNoise.OptionalHonorifics"/>).</summary>
    public bool IsHonorific { get; }

    /// <summary>The Arabic article in one of its romanisations (al, el, ur...): "Abd al-Aziz" may be one word (decision 0128).</summary>
    public bool IsArticle { get; }
}
