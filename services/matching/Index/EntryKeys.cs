namespace Watchlist.Matching;

/// <summary>
/// The postings an entry version belongs to. The same walk serves indexing (creating
/// postings as needed) and removal (looking them up), so entries need not store them.
/// </summary>
internal static class EntryKeys
{
    /// <summary>A listed range adds each of its years, up to this many.</summary>
    private const int MaxYearsPerRange = 10;

    public static HashSet<Postings> Of(IndexedEntry entry, Func<ulong, Postings?> resolve)
    {
        var keys = new HashSet<Postings>(ReferenceEqualityComparer.Instance);
        void Add(Postings? postings)
        {
            if (postings is not null) keys.Add(postings);
        }

        foreach (var name in entry.Names)
        {
            var terms = name.Terms;
            var abjad = name.IsArabicScript ? KeyKind.AbjadOfArabic : KeyKind.AbjadOfRomanised;
            for (var i = 0; i < terms.Length; i++)
            {
                var term = terms[i];
                Add(term.Postings);
                if (term.Canonical is not null) Add(resolve(KeyHash.Of(KeyKind.CanonicalName, term.Canonical)));
                if (term.Phonetic != 0) Add(resolve(term.Phonetic));
                // The consonants Arabic script writes, under the name's script: a name asked in Arabic script ("mhmd") reaches a
                // listing that carries only the romanised name (Muhammad), and a romanised name one written only in Arabic script.
                if (AbjadKey.LookupOf(abjad, term.Abjad) is not 0 and var key) Add(resolve(key));
                if (i > 0 && terms[i - 1].Text.Length >= 2 && term.Text.Length >= 2)
                    Add(resolve(KeyHash.Of(KeyKind.JoinedName, terms[i - 1].Text, term.Text)));
            }
        }
        // Organisations are also found by their initials, and an organisation listed by its acronym by the words it stands for.
        if (entry.Kind == EntryKind.Organisation)
            foreach (var name in entry.Names)
                foreach (var acronym in Acronyms.Of(name, anyName: true))
                    Add(resolve(KeyHash.Of(KeyKind.Acronym, acronym)));
        // Exact numbers fold alike too, so one OCR-folded key finds exact and misread numbers.
        foreach (var document in entry.Documents) Add(resolve(KeyHash.Of(KeyKind.OcrDocumentNumber, document.OcrFolded)));
        foreach (var identifier in entry.Identifiers)
            foreach (var (kind, value) in IdentifierKeys.Of(identifier))
                Add(resolve(KeyHash.Of(kind, value)));
        foreach (var date in entry.BirthDates)
            for (var year = date.From.Year; year <= date.To.Year && year < date.From.Year + MaxYearsPerRange; year++)
                Add(resolve(KeyHash.Of(KeyKind.BirthYear, year)));
        return keys;
    }
}
