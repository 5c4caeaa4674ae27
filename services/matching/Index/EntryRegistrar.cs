namespace Watchlist.Matching;

/// <summary>Turns a draft into an indexed entry. Writer only: entries share arrays of equal birth dates and nationalities.</summary>
internal static class EntryRegistrar
{
    public static IndexedEntry Register(EntryDraft draft, SharedArrays shared)
    {
        var source = draft.Source;
        return new IndexedEntry
        {
            Id = source.Id,
            Version = source.Version,
            Kind = source.Kind,
            Names = draft.Names,
            BirthDates = shared.Of(draft.BirthDates),
            Gender = source.Gender,
            Nationalities = shared.Of(draft.Nationalities),
            Documents = draft.Documents,
            Identifiers = draft.Identifiers,
        };
    }
}
