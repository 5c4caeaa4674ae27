using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// Another romanisation of one part of a person's name: one rule of a fixed table of spelling
/// alternations seen across transliteration systems (ou/u, kh/h, y/i, ph/f, sh/ch, dj/j, doubled
/// letters, -ov/-off...), applied where it fits: doubling and undoubling inside a word, -ov at
/// its end. The table is about spelling systems, not about the engine's tables.
/// </summary>
public sealed class Transliteration : IPerturbation
{
    private enum Where { Anywhere, Inside, End }

    private static readonly (string From, string To, Where Where)[] Rules =
    [
        ("ou", "u", Where.Anywhere), ("u", "ou", Where.Anywhere), ("oo", "u", Where.Anywhere), ("ee", "i", Where.Anywhere),
        ("i", "ee", Where.Inside), ("y", "i", Where.Anywhere), ("i", "y", Where.Anywhere), ("ie", "i", Where.Inside),
        ("kh", "h", Where.Anywhere), ("kh", "k", Where.Anywhere), ("q", "k", Where.Anywhere), ("k", "q", Where.Anywhere),
        ("c", "k", Where.Anywhere), ("ph", "f", Where.Anywhere), ("f", "ph", Where.Anywhere), ("sh", "ch", Where.Anywhere),
        ("ch", "sh", Where.Anywhere), ("dj", "j", Where.Anywhere), ("j", "dj", Where.Anywhere), ("j", "y", Where.Anywhere),
        ("w", "v", Where.Anywhere), ("v", "w", Where.Anywhere), ("ai", "ei", Where.Anywhere), ("ei", "ai", Where.Anywhere),
        ("dh", "d", Where.Anywhere), ("th", "t", Where.Anywhere), ("gh", "g", Where.Anywhere), ("x", "ks", Where.Anywhere),
        ("ks", "x", Where.Anywhere), ("ll", "l", Where.Inside), ("l", "ll", Where.Inside), ("ss", "s", Where.Inside),
        ("s", "ss", Where.Inside), ("mm", "m", Where.Inside), ("aa", "a", Where.Inside), ("a", "aa", Where.Inside),
        ("e", "a", Where.Inside), ("o", "u", Where.Inside), ("ov", "off", Where.End), ("ck", "k", Where.Inside),
    ];

    public string Kind => "transliteration";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (!Listing.IsPerson(entry) || Listing.PrimaryName(entry) is not { } name) return null;
        var tokens = Listing.Tokens(name);
        var options = new List<(int Token, int At, int Rule)>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Length < 3 || Titles.IsTitle(tokens[t])) continue;
            for (var r = 0; r < Rules.Length; r++)
                foreach (var at in Positions(tokens[t], Rules[r].From, Rules[r].Where))
                    options.Add((t, at, r));
        }
        if (options.Count == 0) return null;
        var (token, position, rule) = options[random.Next(options.Count)];
        var (from, to, _) = Rules[rule];
        var original = tokens[token];
        var replacement = char.IsUpper(original[position]) ? to.ToUpperInvariant() : to;
        tokens[token] = string.Concat(original.AsSpan(0, position), replacement, original.AsSpan(position + from.Length));
        return new TravellerInput(Name: string.Join(' ', tokens));
    }

    private static IEnumerable<int> Positions(string token, string from, Where where)
    {
        for (var at = token.IndexOf(from, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = token.IndexOf(from, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + from.Length;
            var fits = where switch
            {
                Where.Inside => at > 0 && end < token.Length,
                Where.End => end == token.Length,
                _ => true,
            };
            if (fits) yield return at;
        }
    }
}
