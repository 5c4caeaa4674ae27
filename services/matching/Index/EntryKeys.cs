namespace Watchlist.Matching;

/// <summary>
/// The postings an entry version belongs to: each name token's own (held by its term), and the directory's keys, worked out
/// here as hashes from the entry alone. The same walk serves indexing (a draft carries the hashes to the writer) and removal
/// (looking them up again), so entries need not store them.
/// </summary>
internal static class EntryKeys
{
    /// <summary>A listed range adds each of its years, up to this many.</summary>
    private const int MaxYearsPerRange = 10;

    /// <summary>The hashes of every directory key the entry carries (everything but plain tokens), repeats included.</summary>
    public static ulong[] HashesOf(
        EntryKind kind, PreparedName[] names, PreparedDocument[] documents, PreparedIdentifier[] identifiers, BirthDateSpan[] birthDates)
    {
        var keys = new List<ulong>(16);
        foreach (var name in names)
        {
            var terms = name.Terms;
            var abjad = name.IsArabicScript ? KeyKind.AbjadOfArabic : KeyKind.AbjadOfRomanised;
            for (var i = 0; i < terms.Length; i++)
            {
                var term = terms[i];
                if (term.Canonical is not null) keys.Add(KeyHash.Of(KeyKind.CanonicalName, term.Canonical));
                if (term.Phonetic != 0) keys.Add(term.Phonetic);
                // The consonants Arabic script writes, under the name's script: a name asked in Arabic script ("mhmd") reaches a
                // listing that carries only the romanised name (Muhammad), and a romanised name one written only in Arabic script.
                if (AbjadKey.LookupOf(abjad, term.Abjad) is not 0 and var key) keys.Add(key);
                if (i > 0 && terms[i - 1].Text.Length >= 2 && term.Text.Length >= 2)
                    keys.Add(KeyHash.Of(KeyKind.JoinedName, terms[i - 1].Text, term.Text));
            }
        }
        // Organisations are also found by their initials, and an organisation listed by its acronym by the words it stands for.
        if (kind == EntryKind.Organisation)
            foreach (var name in names)
                foreach (var acronym in Acronyms.Of(name, anyName: true))
                    keys.Add(KeyHash.Of(KeyKind.Acronym, acronym));
        // Exact numbers fold alike too, so one OCR-folded key finds exact and misread numbers.
        foreach (var document in documents) keys.Add(KeyHash.Of(KeyKind.OcrDocumentNumber, document.OcrFolded));
        foreach (var identifier in identifiers)
            foreach (var (identifierKind, value) in IdentifierKeys.Of(identifier))
                keys.Add(KeyHash.Of(identifierKind, value));
        foreach (var date in birthDates)
            for (var year = date.From.Year; year <= date.To.Year && year < date.From.Year + MaxYearsPerRange; year++)
                keys.Add(KeyHash.Of(KeyKind.BirthYear, year));
        return [.. keys];
    }

    /// <summary>Writer only: files a new slot under every key of its entry, each once.</summary>
    public static void Add(int slot, PreparedName[] names, ulong[] hashes, KeyDirectory directory)
    {
        foreach (var name in names)
            foreach (var term in name.Terms) term.Postings!.Add(slot);
        foreach (var hash in hashes) directory.Register(hash).Add(slot);
    }

    /// <summary>The distinct postings an indexed entry is filed under, for its removal.</summary>
    public static HashSet<Postings> Of(IndexedEntry entry, KeyDirectory directory)
    {
        var keys = new HashSet<Postings>(ReferenceEqualityComparer.Instance);
        foreach (var name in entry.Names)
            foreach (var term in name.Terms) keys.Add(term.Postings!);
        foreach (var hash in HashesOf(entry.Kind, entry.Names, entry.Documents, entry.Identifiers, entry.BirthDates))
            if (directory.Find(hash) is { } postings) keys.Add(postings);
        return keys;
    }
}
