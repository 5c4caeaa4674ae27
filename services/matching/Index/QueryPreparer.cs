namespace Watchlist.Matching;

/// <summary>
/// Folds a query and works out which postings to look up: each name token's own term (or
/// its equivalence group), terms one typo away, sound-alikes and joined or split spellings;
/// every document and identifier key; birth years to rank namesakes. Reads shared state only. With <paramref name="everyKey"/>
/// it also looks up what a ranked search leaves out to save probes (sound keys of grouped tokens, typo neighbours of common
/// tokens): a lookup that must find every candidate.
/// </summary>
internal sealed class QueryPreparer(Vocabulary vocabulary, KeyDirectory directory, int population, bool everyKey = false)
{
    /// <summary>Weight of a shared document or identifier key: it outranks any name.</summary>
    private const double IdentityKeyWeight = 50;

    /// <summary>Enough to put a namesake born in the right year ahead of the others, no more.</summary>
    private const double BirthYearWeight = 1;

    /// <summary>Rarity below which a token is common (about one entry in twenty or more).</summary>
    private const double CommonTokenWeight = 3;

    private readonly Dictionary<Postings, CandidateKey> _keys = new(ReferenceEqualityComparer.Instance);

    public PreparedQuery Prepare(ScreeningQuery query)
    {
        var names = query.Names
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => new PreparedName(name, NameType.Primary, PreparedName.Fold(name).Select(Lookup).ToArray()))
            .Where(name => name.Terms.Length > 0)
            .ToArray();
        var weights = names.Select(name => name.Terms.Select(term => TermWeights.Of(term, population)).ToArray()).ToArray();
        for (var n = 0; n < names.Length; n++)
        {
            AddNameKeys(names[n].Terms, weights[n], names[n].IsArabicScript);
            if (names[n].KoreanSyllables == KoreanRomanisation.Korean.Marked) AddKoreanSpellings(names[n].Terms, weights[n]);
        }
        // An acronym reaches only organisations, weighed as the whole name so that it clears the candidate floor.
        for (var n = 0; n < names.Length; n++)
            foreach (var acronym in Acronyms.Of(names[n], anyName: false))
                Add(directory.Find(KeyHash.Of(KeyKind.Acronym, acronym)), weights[n].Sum(), KeyRole.Anchor);

        var nationality = CountryCodes.ToAlpha2(query.Nationality);
        var documents = query.Documents.Select(d => new PreparedDocument(d)).Where(d => d.Number.Length > 0).ToArray();
        foreach (var document in documents) AddDocumentKeys(document);
        var region = CountryCodes.ToAlpha2(query.DefaultRegion) ?? nationality;
        var identifiers = query.Identifiers.Select(i => PreparedIdentifier.Prepare(i, region)).OfType<PreparedIdentifier>().ToArray();
        foreach (var identifier in identifiers)
            foreach (var (kind, value) in IdentifierKeys.Of(identifier))
                Add(directory.Find(KeyHash.Of(kind, value)), IdentityKeyWeight, KeyRole.Anchor);
        var birthDate = BirthDateSpan.Parse(query.BirthDate);
        if (birthDate is { } date && names.Length > 0) AddBirthYearKeys(date);

        return new PreparedQuery
        {
            Names = names,
            NameWeights = weights,
            BirthDate = birthDate,
            Gender = query.Gender,
            Nationality = nationality,
            Documents = documents,
            Identifiers = identifiers,
            Keys = [.. _keys.Values],
            LeastNameWeight = names.Length == 0 ? 0 : names.Min(name => name.Terms.Sum(term => FloorWeightOf(term, name.IsArabicScript))),
        };
    }

    private Term Lookup(string token) => vocabulary.Find(token) ?? new Term(token, null);

    /// <summary>
    /// For the candidate floor, a part written in Arabic script is as common as its romanisations: محمد, seldom written so in
    /// the lists, is Muhammad, the commonest name there is. Weighed by its own rarity alone, it would set the floor out of
    /// reach of the romanised listings its consonants find. Scoring keeps the part's own weight: a part that finds no pair
    /// still costs what it is worth.
    /// </summary>
    private double FloorWeightOf(Term term, bool arabicScript)
    {
        // A title the listing may lack costs nothing when scored (NameNoise.OptionalHonorifics), so it raises no floor either.
        if (term.IsHonorific) return 0;
        var weight = TermWeights.Of(term, population);
        if (!arabicScript || directory.Find(AbjadKey.LookupOf(KeyKind.AbjadOfRomanised, term.Abjad)) is not { Live: > 0 } romanised)
            return weight;
        return Math.Min(weight, TermWeights.Rarity(romanised.Live, population));
    }

    private void AddNameKeys(Term[] terms, double[] weights, bool arabicScript)
    {
        // Across Arabic script by consonants: one probe per part, on postings of the other script only.
        var abjad = arabicScript ? KeyKind.AbjadOfRomanised : KeyKind.AbjadOfArabic;
        // The rarest token the index knows is always scanned, however long its postings:
        // a name can then not slip through just because its other tokens are common.
        // A term no entry carries (its entries were removed, or a bulk load registered it a batch ahead) counts as unknown.
        var anchor = -1;
        for (var i = 0; i < terms.Length; i++)
            if (terms[i].Postings is { Live: > 0 } && (anchor < 0 || weights[i] > weights[anchor])) anchor = i;
        var neighbours = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            var weight = weights[i];
            var role = i == anchor ? KeyRole.Anchor : KeyRole.Ordinary;
            // An equivalence group's postings hold every spelling in it, this one included.
            if (term.Canonical is not null) Add(directory.Find(KeyHash.Of(KeyKind.CanonicalName, term.Canonical)), weight, role);
            else Add(term.Postings, weight, role);
            // A known group already covers the usual spellings; its sound key would mostly repeat them.
            if (term.Phonetic != 0 && (term.Canonical is null || everyKey))
                AddRare(directory.Find(term.Phonetic), weight, TokenSimilarity.SoundAlike, role);
            AddRare(directory.Find(AbjadKey.LookupOf(abjad, term.Abjad)), weight, TokenSimilarity.SoundAlike, role);
            AddCompoundKeys(terms, weights, i, arabicScript, role);
            // This token written as two in the list ("Vanhung" / "Van Hung")...
            AddRare(directory.Find(KeyHash.Of(KeyKind.JoinedName, term.Text)), weight, 1, role);
            // ...or this token and the next written as one, which stands for both ("Jafari Bandarabadi" / "Jafaribandarabadi"):
            // weighed as the first alone, a rare second part the index never saw kept the listing under the candidate floor.
            if (i + 1 < terms.Length) AddJoinedTerm(term.Text, terms[i + 1].Text, weight + weights[i + 1], role);
            // Typo neighbours of a common token add little (its entries share other tokens)
            // and cost hundreds of probes; those of unknown, rare or anchor tokens are kept.
            if (!everyKey && role != KeyRole.Anchor && term.Postings is { Live: > 0 } && weight < CommonTokenWeight) continue;
            neighbours.Clear();
            vocabulary.Neighbours(term.Text, neighbours);
            foreach (var neighbour in neighbours)
            {
                if (term.Canonical is not null && ReferenceEquals(neighbour.Canonical, term.Canonical)) continue;
                var similarity = TokenSimilarity.Score(term, neighbour);
                if (similarity > 0)
                    Add(neighbour.Postings, Math.Min(weight, TermWeights.Of(neighbour, population)) * similarity, role);
            }
        }
    }

    /// <summary>
    /// Across Arabic script, one word on one side may be two on the other: "آخوند زاده" is Akhundzada, "حبیب الله" Habibullah.
    /// A query in Arabic script probes each two adjacent parts' joined consonants among romanised parts; a romanised compound
    /// (<see cref="ArabicCompounds"/>) probes its other word among parts in Arabic script. Weighed as the parts it stands for.
    /// </summary>
    private void AddCompoundKeys(Term[] terms, double[] weights, int i, bool arabicScript, KeyRole role)
    {
        if (arabicScript)
        {
            if (i + 1 >= terms.Length) return;
            var joined = AbjadKey.Of(string.Concat(terms[i].Text, terms[i + 1].Text));
            AddRare(directory.Find(AbjadKey.LookupOf(KeyKind.AbjadOfRomanised, joined)), weights[i] + weights[i + 1],
                TokenSimilarity.SoundAlike, role);
            return;
        }
        if (ArabicCompounds.OtherPart(terms[i].Text) is { } part)
            AddRare(directory.Find(AbjadKey.LookupOf(KeyKind.AbjadOfArabic, AbjadKey.Of(part))), weights[i], TokenSimilarity.SoundAlike,
                role);
    }

    /// <summary>
    /// A name that reads as Korean also looks up its syllables as the other romanisation writes them ("Jong Man" /
    /// "Cho'ng-man"): only the listed spellings are indexed, and "Jung Jong KIM" / "Chung Chong KIM" share no other key than
    /// Kim. Only a name marked Korean on its own: a Chinese name is written in syllables of the same shape.
    /// </summary>
    private void AddKoreanSpellings(Term[] terms, double[] weights)
    {
        for (var i = 0; i < terms.Length; i++)
            foreach (var spelling in KoreanRomanisation.OtherSpellings(terms[i].Text))
                AddRare(vocabulary.Find(spelling)?.Postings, weights[i], TokenSimilarity.SoundAlike, KeyRole.Ordinary);
    }

    private void AddJoinedTerm(string first, string second, double weight, KeyRole role)
    {
        if (first.Length < 2 || second.Length < 2) return;
        Span<char> joined = stackalloc char[first.Length + second.Length];
        first.AsSpan().CopyTo(joined);
        second.AsSpan().CopyTo(joined[first.Length..]);
        AddRare(vocabulary.Find(joined)?.Postings, weight, 1, role);
    }

    private void AddDocumentKeys(PreparedDocument document)
    {
        Add(directory.Find(KeyHash.Of(KeyKind.OcrDocumentNumber, document.OcrFolded)), IdentityKeyWeight, KeyRole.Anchor);
        if (!document.IsFuzzyReadable) return;
        foreach (var swapped in DocumentNumber.AdjacentTranspositions(document.OcrFolded))
            Add(directory.Find(KeyHash.Of(KeyKind.OcrDocumentNumber, swapped)), IdentityKeyWeight * 0.7, KeyRole.Anchor);
    }

    private void AddBirthYearKeys(BirthDateSpan date)
    {
        for (var year = date.From.Year - 1; year <= date.To.Year + 1; year++)
        {
            var within = year >= date.From.Year && year <= date.To.Year;
            Add(directory.Find(KeyHash.Of(KeyKind.BirthYear, year)), within ? BirthYearWeight : BirthYearWeight / 2, KeyRole.BoostOnly);
        }
    }

    /// <summary>Adds a key whose weight is capped by how common the key itself is.</summary>
    private void AddRare(Postings? postings, double weight, double similarity, KeyRole role)
    {
        if (postings is null) return;
        Add(postings, Math.Min(weight, TermWeights.Rarity(postings.Live, population)) * similarity, role);
    }

    private void Add(Postings? postings, double weight, KeyRole role)
    {
        if (postings is null || postings.Live == 0) return;
        if (_keys.TryGetValue(postings, out var known))
        {
            weight = Math.Max(weight, known.Weight);
            role = (KeyRole)Math.Min((int)role, (int)known.Role);
        }
        _keys[postings] = new CandidateKey(postings, weight, role);
    }
}
