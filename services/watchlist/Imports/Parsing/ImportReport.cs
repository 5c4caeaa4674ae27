namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// What a parse tolerated rather than refused: facts it could not map, rows it skipped. Nothing here
/// stops an import, but an operator should see it, and a growing list means our tables need updating.
/// </summary>
public sealed class ImportReport
{
    // Enough to diagnose; a broken feed must not make the report itself huge.
    private const int MaxNotes = 500;

    private readonly Dictionary<string, int> unmappedCountries = new(StringComparer.Ordinal);
    private readonly List<string> notes = [];

    /// <summary>Country names no table knew, with how often each occurred.</summary>
    public IReadOnlyDictionary<string, int> UnmappedCountries => unmappedCountries;

    /// <summary>Human-readable notes about skipped data, e.g. "alt.csv line 12: ent_num 99 is not in sdn.csv; alias skipped".</summary>
    public IReadOnlyList<string> Notes => notes;

    /// <summary>How many notes there were, including those not kept.</summary>
    public int NoteCount { get; private set; }

    internal void UnmappedCountry(string name) =>
        unmappedCountries[name] = unmappedCountries.GetValueOrDefault(name) + 1;

    internal void Note(string note)
    {
        NoteCount++;
        if (notes.Count < MaxNotes)
            notes.Add(note);
    }
}
