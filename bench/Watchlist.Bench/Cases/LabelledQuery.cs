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

    /// <summary>Half of every kind is held out for reporting; the other half may be used for tuning.</summary>
    public bool IsHeldOut => Data.StableIds.Hash($"{Kind}|{Expected}|{Name}") % 2 == 1;

    public bool Accepts(Guid entryId) => entryId == Expected || AlsoAccepted.Contains(entryId);
}
