namespace Watchlist.Matching;

/// <summary>A query folded and parsed once, with the postings it will look up.</summary>
internal sealed class PreparedQuery
{
    public required PreparedName[] Names { get; init; }

    /// <summary>Rarity weight of each term of each name, computed once per query.</summary>
    public required double[][] NameWeights { get; init; }

    public required BirthDateSpan? BirthDate { get; init; }

    public required Gender Gender { get; init; }

    /// <summary>Alpha-2.</summary>
    public required string? Nationality { get; init; }

    public required PreparedDocument[] Documents { get; init; }

    public required PreparedIdentifier[] Identifiers { get; init; }

    public required IReadOnlyList<CandidateKey> Keys { get; init; }

    /// <summary>Total rarity weight of the lightest query name: what a full name match accumulates.</summary>
    public required double LeastNameWeight { get; init; }

    public bool HasIdentityKeys => Documents.Length > 0 || Identifiers.Length > 0;
}
