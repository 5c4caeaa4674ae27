using Watchlist.Matching;

namespace Watchlist.Bench.Cases;

/// <summary>
/// Aliases that are spelling variants of their entry's primary name (Qadhafi / Gaddafi): the
/// same parts (at least two), give or take one, each paired with a part of the other name that
/// differs in fewer than half its letters, at least one spelt differently. Single-part aliases
/// are mostly acronyms (RIRA), not spellings. The rule looks at letters only, never at the engine.
/// </summary>
public static class SpellingVariants
{
    private const double MaxPartDistance = 0.5;

    public static IEnumerable<ListedName> Of(MatchableEntry entry)
    {
        if (Perturbations.Listing.PrimaryName(entry) is not { } primary) return [];
        var primaryParts = ListedNames.FoldedTokens(primary);
        return entry.Names.Where(n => n.Type != NameType.Primary && IsVariant(ListedNames.FoldedTokens(n.Value), primaryParts));
    }

    public static bool IsVariant(string[] alias, string[] primary)
    {
        if (alias.Length < 2 || primary.Length < 2 || Math.Abs(alias.Length - primary.Length) > 1) return false;
        var (shorter, longer) = alias.Length <= primary.Length ? (alias, primary) : (primary, alias);
        var used = new bool[longer.Length];
        var respelt = false;
        foreach (var part in shorter)
        {
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var j = 0; j < longer.Length; j++)
            {
                if (used[j]) continue;
                var distance = Levenshtein.Normalised(part, longer[j]);
                if (distance < bestDistance) (best, bestDistance) = (j, distance);
            }
            if (best < 0 || bestDistance >= MaxPartDistance) return false;
            used[best] = true;
            respelt |= bestDistance > 0;
        }
        return respelt;
    }
}
