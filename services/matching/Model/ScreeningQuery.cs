namespace Watchlist.Matching;

/// <summary>What a border system knows about a traveller, a document or a contact.</summary>
public sealed record ScreeningQuery
{
    /// <summary>One or more names, in any order, script or case (MRZ form NGUYEN&lt;&lt;VAN&lt;HUNG too).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? BirthDate { get; init; }

    public Gender Gender { get; init; } = Gender.Unknown;

    /// <summary>ISO 3166 alpha-2 or alpha-3.</summary>
    public string? Nationality { get; init; }

    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];

    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    /// <summary>Region for phone numbers in national form; the nationality is used when absent.</summary>
    public string? DefaultRegion { get; init; }
}
