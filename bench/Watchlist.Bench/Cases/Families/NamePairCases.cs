using Watchlist.Bench.Data;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Families;

/// <summary>
/// General name pairs from the lists' own alias groups: one entity's primary name against another of its names (a
/// spelling, a script, a legal form written out), and, as negatives, the same name against the most alike name of a
/// different entity of the same kind. Each pair's listed side is indexed as an entry of its own, and the case may hit that
/// entry only, so a pair is judged alone while token rarity stays the lists'. Renamings ("formerly known as" names that
/// share nothing) are left out: no name matcher can know them; a name in another script is always kept.
/// </summary>
public static class NamePairCases
{
    public sealed record Built(IReadOnlyList<MatchableEntry> PairEntries, IReadOnlyList<LabelledQuery> Cases);

    public static Built Build(IReadOnlyList<MatchableEntry> entries, Twins twins, ScreeningIndex lists, int seed)
    {
        var pairEntries = new List<MatchableEntry>();
        var cases = new List<LabelledQuery>();
        var byId = entries.ToDictionary(e => e.Id);
        foreach (var entry in entries.OrderBy(e => e.Id))
        {
            var primary = entry.Names.FirstOrDefault(n => n.Type == NameType.Primary)?.Value ?? entry.Names[0].Value;
            var kind = entry.Kind == EntryKind.Person ? "person" : "organisation";
            var random = EntryRandom(seed, entry, Draw.Positives);
            var aliases = entry.Names.Select(n => n.Value)
                .Where(n => ListedNames.KeyOf(n) != ListedNames.KeyOf(primary) && ListedNames.KeyOf(n).Length > 0)
                .Where(n => IsLatin(n) != IsLatin(primary) || Related(primary, n))
                .Distinct().OrderBy(_ => random.Next()).Take(2).ToList();
            foreach (var alias in aliases)
            {
                var family = IsLatin(primary) == IsLatin(alias) ? kind : "cross-script";
                // Either direction: the traveller may present the primary name or the alias.
                var (asked, listedName) = random.Next(2) == 0 ? (primary, alias) : (alias, primary);
                cases.Add(Pair($"general/{family}", asked, listedName, entry, true, pairEntries));
            }
            if (aliases.Count == 0) continue;
            var tieBreak = EntryRandom(seed, entry, Draw.Negatives);
            foreach (var other in Negatives(entry, primary, lists, byId, twins, tieBreak).Take(aliases.Count))
                cases.Add(Pair($"general/{kind}", primary, other, entry, false, pairEntries));
        }
        return new Built(pairEntries, cases);
    }

    private enum Draw { Positives, Negatives }

    /// <summary>
    /// A generator of each entry's own for each draw (decision 0124). With one generator for all, how many names the engine's
    /// lookup returned for one entry's negatives, or whether its folding kept one entry's alias, moved every later entry's
    /// draws: each engine change reshuffled the positives, and before / after compared different cases.
    /// </summary>
    private static Random EntryRandom(int seed, MatchableEntry entry, Draw draw) =>
        new(unchecked(BitConverter.ToInt32(entry.Id.ToByteArray()) * 31 + seed * 2 + (int)draw));

    private static LabelledQuery Pair(string kind, string asked, string listedName, MatchableEntry source, bool same,
        List<MatchableEntry> pairEntries)
    {
        var id = StableIds.Of($"pair/{source.Id}/{listedName}/{same}");
        pairEntries.Add(new MatchableEntry(id, 1, source.Kind) { Names = [new ListedName(listedName, NameType.Primary)] });
        return new LabelledQuery(kind, new TravellerInput(Name: asked), same ? id : null)
        {
            SplitKey = source.Id.ToString(),
            Note = listedName,
            Eligible = candidate => candidate == id,
        };
    }

    /// <summary>The most alike names (shared folded parts, then shared trigrams) of another entity of the same kind.</summary>
    private static IEnumerable<string> Negatives(MatchableEntry entry, string primary, ScreeningIndex lists,
        Dictionary<Guid, MatchableEntry> byId, Twins twins, Random random)
    {
        var own = new HashSet<string>(entry.Names.Select(n => ListedNames.KeyOf(n.Value)));
        var twinIds = twins.Of(entry.Id);
        var candidates = lists.Candidates(new ScreeningQuery { Names = [primary] })
            .Where(id => id != entry.Id && !twinIds.Contains(id) && byId.TryGetValue(id, out var e) && e.Kind == entry.Kind)
            .SelectMany(id => byId[id].Names.Select(n => n.Value))
            .Where(n => !own.Contains(ListedNames.KeyOf(n)) && ListedNames.KeyOf(n).Length > 0 && !SameWords(primary, n))
            .Distinct().ToList();
        var folded = ListedNames.FoldedTokens(primary).ToHashSet();
        var grams = Trigrams(primary);
        return candidates.OrderByDescending(n => ListedNames.FoldedTokens(n).Count(folded.Contains))
            .ThenByDescending(n => Trigrams(n).Count(grams.Contains)).ThenBy(_ => random.Next());
    }

    /// <summary>
    /// Two Latin names of one entity that are variants of each other: all the parts of the shorter one but one (and at least
    /// two) have a part in the other that differs in less than half its letters, the other having at most two parts more;
    /// or one is the other's initials (an acronym).
    /// </summary>
    private static bool Related(string a, string b)
    {
        var x = ListedNames.FoldedTokens(a);
        var y = ListedNames.FoldedTokens(b);
        if (x.Length == 0 || y.Length == 0) return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        var initials = string.Concat(longer.Select(t => t[0]));
        if (shorter.Length == 1 && shorter[0].Length >= 3 && shorter[0] == initials) return true;
        var close = shorter.Count(s => longer.Any(l => Levenshtein.Distance(s, l) * 2 < Math.Max(s.Length, l.Length)));
        return longer.Length - shorter.Length <= 2 && close >= Math.Min(2, shorter.Length) && close >= shorter.Length - 1;
    }

    private static readonly HashSet<string> Titles = ["sheikh", "shaikh", "haji", "hajji", "dr", "mr", "mrs", "al", "el"];

    /// <summary>
    /// Whether two names of different entries have the same words (titles, articles and an acronym gloss aside, one letter off
    /// in a word of five or more): the same person listed twice, or a namesake no one could tell apart by name. Not a negative
    /// pair.
    /// </summary>
    private static bool SameWords(string a, string b)
    {
        var x = Unglossed(ListedNames.FoldedTokens(a)).Where(t => !Titles.Contains(t)).Order(StringComparer.Ordinal).ToList();
        var y = Unglossed(ListedNames.FoldedTokens(b)).Where(t => !Titles.Contains(t)).ToList();
        if (x.Count != y.Count) return false;
        foreach (var token in x)
        {
            var match = y.FindIndex(t => t == token || (Math.Min(t.Length, token.Length) >= 5 && Levenshtein.Distance(t, token) <= 1));
            if (match < 0) return false;
            y.RemoveAt(match);
        }
        return true;
    }

    /// <summary>
    /// A name glossed with its own initials ("Eastern Turkistan Islamic Movement (ETIM)") has the words of the name: two lists
    /// writing one group with and without its acronym are the same group, not a negative pair.
    /// </summary>
    private static string[] Unglossed(string[] tokens) =>
        tokens.Length >= 3 && tokens[^1] == string.Concat(tokens[..^1].Select(t => t[0])) ? tokens[..^1] : tokens;

    private static bool IsLatin(string name) => name.All(c => c < 0x250 || !char.IsLetter(c));

    private static HashSet<string> Trigrams(string name)
    {
        var text = $" {string.Join(' ', ListedNames.FoldedTokens(name))} ";
        return Enumerable.Range(0, Math.Max(0, text.Length - 2)).Select(i => text.Substring(i, 3)).ToHashSet();
    }
}
