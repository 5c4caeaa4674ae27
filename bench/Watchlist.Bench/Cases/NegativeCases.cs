using Watchlist.Bench.Data;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases;

/// <summary>
/// People who are on no list: generated names of many cultures, each checked against every
/// listed name (in any order of parts) and dropped if listed. Asked by name alone, the hardest
/// case for false hits: no birth date to tell namesakes apart.
/// </summary>
public static class NegativeCases
{
    public static IEnumerable<LabelledQuery> Generate(int count, int seed, ListedNames listed)
    {
        var names = new NameGenerator(seed);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        while (asked.Count < count)
        {
            var (name, _) = names.Next();
            var text = name.Natural;
            if (ListedNames.FoldedTokens(text).Length < 2 || listed.Contains(text)) continue;
            if (!asked.Add(ListedNames.KeyOf(text))) continue;
            yield return new LabelledQuery($"negative/{name.Culture.Group}", new TravellerInput(Name: text), null);
        }
    }
}
