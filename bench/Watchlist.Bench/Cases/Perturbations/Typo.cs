using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// One keying error (a letter replaced, dropped, added or two swapped) in one name part of at
/// least four letters: shorter parts are names of their own (Tam / Tan), not typos.
/// </summary>
public sealed class Typo : IPerturbation
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public string Kind => "typo";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (Listing.PrimaryName(entry) is not { } name) return null;
        var tokens = Listing.Tokens(name);
        var eligible = Enumerable.Range(0, tokens.Length).Where(i => tokens[i].Count(char.IsLetter) >= 4).ToArray();
        if (eligible.Length == 0) return null;
        var at = eligible[random.Next(eligible.Length)];
        tokens[at] = Misspell(tokens[at], random);
        return new TravellerInput(Name: string.Join(' ', tokens));
    }

    private static string Misspell(string token, Random random)
    {
        // A swap of two equal letters changes nothing: try again.
        string misspelt;
        do misspelt = Edit(token, random);
        while (string.Equals(misspelt, token, StringComparison.OrdinalIgnoreCase));
        return misspelt;
    }

    private static string Edit(string token, Random random)
    {
        var chars = token.ToList();
        var i = random.Next(1, chars.Count - 1); // keep the first letter: people rarely mistype it
        // A letter of the same script: the token's own letters when it is not Latin.
        var letter = token.All(char.IsAscii) ? Letters[random.Next(Letters.Length)] : token[random.Next(token.Length)];
        if (char.IsUpper(chars[i])) letter = char.ToUpperInvariant(letter);
        switch (random.Next(4))
        {
            case 0: chars[i] = letter; break;
            case 1: chars.RemoveAt(i); break;
            case 2: chars.Insert(i, letter); break;
            default: (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]); break;
        }
        return new string([.. chars]);
    }
}
