namespace Watchlist.Matching;

/// <summary>
/// A watchlist entry as the engine indexes it. Eligibility (status, validity, releasability)
/// is the caller's business: pass a filter to <see cref="ScreeningOptions.IsEligible"/>.
/// </summary>
public sealed record MatchableEntry(Guid Id, int Version, EntryKind Kind)
{
    public IReadOnlyList<ListedName> Names { get; init; } = [];

    /// <summary>Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) or ranges (YYYY/YYYY, YYYY..YYYY).</summary>
    public IReadOnlyList<string> BirthDates { get; init; } = [];

    public Gender Gender { get; init; } = Gender.Unknown;

    /// <summary>ISO 3166 alpha-2 (alpha-3 is accepted too).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>
    /// The region a phone in national form is read in (ISO 3166); none given, the first nationality. A traveller indexed for
    /// retro-screening gives the country of the post that screened them.
    /// </summary>
    public string? PhoneRegion { get; init; }

    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];

    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
}
