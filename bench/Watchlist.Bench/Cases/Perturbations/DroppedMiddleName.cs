using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// A middle name left out, as passports and forms often do: one given name after the first,
/// read from the list's "SURNAME, Given Names" form (else the inner parts of the primary name),
/// titles not counting as names.
/// </summary>
public sealed class DroppedMiddleName : IPerturbation
{
    public string Kind => "dropped-middle";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (!Listing.IsPerson(entry)) return null;
        string[] given;
        string surname;
        if (Listing.SurnameAndGiven(entry) is { } parts) (surname, given) = (parts.Surname, Listing.Tokens(parts.Given));
        else if (Listing.PrimaryName(entry) is { } name && Listing.Tokens(name) is { Length: >= 3 } tokens)
            (surname, given) = (tokens[^1], tokens[..^1]);
        else return null;
        var names = given.SkipWhile(Titles.IsTitle).ToArray();
        if (names.Length < 2) return null;
        var drop = 1 + random.Next(names.Length - 1);
        return new TravellerInput(Name: $"{string.Join(' ', names.Where((_, i) => i != drop))} {surname}");
    }
}
