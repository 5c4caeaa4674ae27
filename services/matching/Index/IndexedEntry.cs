namespace Watchlist.Matching;

/// <summary>One version of an entry as stored: immutable, everything precomputed for scoring.</summary>
internal sealed class IndexedEntry
{
    public required Guid Id { get; init; }

    public required int Version { get; init; }

    public required EntryKind Kind { get; init; }

    public required PreparedName[] Names { get; init; }

    public required BirthDateSpan[] BirthDates { get; init; }

    public required Gender Gender { get; init; }

    /// <summary>Alpha-2 codes.</summary>
    public required string[] Nationalities { get; init; }

    public required PreparedDocument[] Documents { get; init; }

    public required PreparedIdentifier[] Identifiers { get; init; }
}
