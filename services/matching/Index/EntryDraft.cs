namespace Watchlist.Matching;

/// <summary>
/// The part of preparing an entry that touches no shared state (folding, parsing,
/// phone normalisation), so it can run outside the writer lock and in parallel.
/// </summary>
internal sealed class EntryDraft
{
    private EntryDraft(MatchableEntry source) => Source = source;

    public MatchableEntry Source { get; }

    public (ListedName Name, string[] Tokens)[] Names { get; private init; } = [];

    /// <summary>Names from here on are the given name with a one-part alias (<see cref="KnownAs"/>), not written by the list.</summary>
    public int KnownAsFrom { get; private init; }

    public BirthDateSpan[] BirthDates { get; private init; } = [];

    public string[] Nationalities { get; private init; } = [];

    public PreparedDocument[] Documents { get; private init; } = [];

    public PreparedIdentifier[] Identifiers { get; private init; } = [];

    public static EntryDraft Of(MatchableEntry entry)
    {
        var nationalities = entry.Nationalities.Select(CountryCodes.ToAlpha2).OfType<string>().Distinct().ToArray();
        // A listed phone in national form can only be read in the entry's own country, unless the entry says where it was given.
        var region = CountryCodes.ToAlpha2(entry.PhoneRegion) ?? nationalities.FirstOrDefault();
        var names = entry.Names
            .Where(name => !string.IsNullOrWhiteSpace(name.Value))
            .Select(name => (name, PreparedName.Fold(name.Value)))
            .Where(name => name.Item2.Length > 0)
            .ToArray();
        return new EntryDraft(entry)
        {
            Names = [.. names, .. KnownAs.Of(entry.Kind, names)],
            KnownAsFrom = names.Length,
            BirthDates = entry.BirthDates.Select(BirthDateSpan.Parse).OfType<BirthDateSpan>().ToArray(),
            Nationalities = nationalities,
            Documents = entry.Documents
                .Select(document => new PreparedDocument(document))
                .Where(document => document.Number.Length > 0)
                .ToArray(),
            Identifiers = entry.Identifiers
                .Select(identifier => PreparedIdentifier.Prepare(identifier, region))
                .OfType<PreparedIdentifier>()
                .ToArray(),
        };
    }
}
