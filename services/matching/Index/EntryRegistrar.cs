namespace Watchlist.Matching;

/// <summary>Turns a draft into an indexed entry, registering its terms. Writer only: it creates shared terms.</summary>
internal static class EntryRegistrar
{
    public static IndexedEntry Register(EntryDraft draft, Vocabulary vocabulary, SharedArrays shared)
    {
        var names = new PreparedName[draft.Names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            var (name, tokens) = draft.Names[n];
            var terms = new Term[tokens.Length];
            for (var i = 0; i < tokens.Length; i++) terms[i] = vocabulary.Register(tokens[i]);
            names[n] = new PreparedName(name.Value, name.Type, terms, knownAs: n >= draft.KnownAsFrom);
        }
        var source = draft.Source;
        return new IndexedEntry
        {
            Id = source.Id,
            Version = source.Version,
            Kind = source.Kind,
            Names = names,
            BirthDates = shared.Of(draft.BirthDates),
            Gender = source.Gender,
            Nationalities = shared.Of(draft.Nationalities),
            Documents = draft.Documents,
            Identifiers = draft.Identifiers,
        };
    }
}
