using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases;

/// <summary>
/// The "alias-variant" cases: for each entry with an alias that spells its primary name
/// differently, one such alias is taken off the entry and off its twin on the other list
/// (with every name that folds to the same parts) and becomes the query. The index is built
/// from the stripped entries, so the traveller's spelling is one the lists do not carry.
/// </summary>
public static class AliasVariantCases
{
    public const string Kind = "alias-variant";

    public static (IReadOnlyList<MatchableEntry> Stripped, IReadOnlyList<LabelledQuery> Cases) Build(
        IReadOnlyList<MatchableEntry> entries, Twins twins, Random random)
    {
        var cases = new List<LabelledQuery>();
        var strip = new Dictionary<Guid, HashSet<string>>();
        foreach (var entry in entries)
        {
            var variants = SpellingVariants.Of(entry).ToArray();
            if (variants.Length == 0) continue;
            var chosen = variants[random.Next(variants.Length)];
            var key = ListedNames.KeyOf(chosen.Value);
            foreach (var id in twins.Of(entry.Id).Append(entry.Id))
                (strip.TryGetValue(id, out var keys) ? keys : strip[id] = []).Add(key);
            cases.Add(new LabelledQuery(Kind, new TravellerInput(Name: chosen.Value), entry.Id));
        }
        var stripped = entries.Select(entry => strip.TryGetValue(entry.Id, out var keys)
            ? entry with { Names = [.. entry.Names.Where(n => !keys.Contains(ListedNames.KeyOf(n.Value)))] }
            : entry).ToList();
        return (stripped, cases);
    }
}
