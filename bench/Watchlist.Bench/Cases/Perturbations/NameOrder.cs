using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>The name's parts in another order, as when surname-first and given-first conventions meet.</summary>
public sealed class NameOrder : IPerturbation
{
    public string Kind => "name-order";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (!Listing.IsPerson(entry) || Listing.PrimaryName(entry) is not { } name) return null;
        var tokens = Listing.Tokens(name);
        if (tokens.Length < 2) return null;
        // Surname moved to the other end: the usual confusion (and a reversal for two parts).
        string[] reordered = random.Next(2) == 0 ? [tokens[^1], .. tokens[..^1]] : [.. tokens[1..], tokens[0]];
        return new TravellerInput(Name: string.Join(' ', reordered));
    }
}
