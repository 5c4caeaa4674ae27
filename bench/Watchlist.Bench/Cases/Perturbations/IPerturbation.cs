using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// One realistic way a traveller's data differs from the listing, applied mechanically to any
/// listed entry. Returns null when the entry does not lend itself (no middle name to drop...).
/// </summary>
public interface IPerturbation
{
    string Kind { get; }

    TravellerInput? Apply(MatchableEntry entry, Random random);
}
