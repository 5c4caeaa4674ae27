using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// The listed name with only part of the listed birth date (year, or year and month), as on
/// documents that record unknown days; it must support, not conflict.
/// </summary>
public sealed class PartialBirthDate : IPerturbation
{
    public string Kind => "partial-dob";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (!Listing.IsPerson(entry) || Listing.PrimaryName(entry) is not { } name) return null;
        if (Listing.FullBirthDate(entry) is not { } date) return null;
        return new TravellerInput(Name: name.ToUpperInvariant(), BirthDate: random.Next(2) == 0 ? date[..4] : date[..7]);
    }
}
