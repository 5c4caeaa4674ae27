using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases;

/// <summary>
/// A screening request with its expected answer: the entry it is derived from, or none
/// for a negative. <paramref name="Kind"/> names the perturbation or the negatives' culture.
/// </summary>
public sealed record LabelledQuery(string Kind, TravellerInput Traveller, Guid? Expected)
{
    /// <summary>Entries that are the same party as <see cref="Expected"/> on another list.</summary>
    public IReadOnlySet<Guid> AlsoAccepted { get; init; } = new HashSet<Guid>();

    public bool IsPositive => Expected is not null;

    /// <summary>The name that was asked, for the name-only baseline.</summary>
    public string Name => Traveller.Name ?? "";

    /// <summary>What decides the case's half; by default its kind, entry and name. Cases made from one listed entity share it.</summary>
    public string? SplitKey { get; init; }

    /// <summary>
    /// Which indexed entries this case may hit (null: the lists as loaded). Pair and identifier cases are asked of their own
    /// entries only, which live in the same index so that token rarity is the lists'.
    /// </summary>
    public Func<Guid, bool>? Eligible { get; init; }

    /// <summary>What the case is asked against, for reading misses (a pair's listed name, a listed identifier).</summary>
    public string? Note { get; init; }

    /// <summary>Half of every kind is held out for reporting; the other half may be used for tuning.</summary>
    public bool IsHeldOut => Data.StableIds.Hash(SplitKey ?? $"{Kind}|{Expected}|{Name}") % 2 == 1;

    public bool Accepts(Guid entryId) => entryId == Expected || AlsoAccepted.Contains(entryId);
}
