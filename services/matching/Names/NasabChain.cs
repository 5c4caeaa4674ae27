namespace Watchlist.Matching;

/// <summary>
/// An Arabic name's chain of descent (nasab): "Adel ben al-Azhar ben Youssef" is Adel, son of al-Azhar, son of Youssef.
/// Brothers do not share a given name, so a given name, a father and a grandfather paired in that order name one person;
/// the family name written after the chain is what two lists most often write differently (a tribe, a place, an older
/// family name: UN "… ben Youssef HAMDI", OFAC "BEN SOLTANE, Adel Ben Al-Azhar Ben Youssef"). When the query's chain of two
/// generations or more pairs whole and in order, a part after the chain that found no pair, on either side, costs
/// <see cref="FamilyNameCost"/> of its weight, as a middle name one side lacks does. Decision record 0099.
/// </summary>
internal static class NasabChain
{
    /// <summary>Share of its weight that an unpaired part after a paired chain costs.</summary>
    public const double FamilyNameCost = 0.5;

    /// <summary>Father and grandfather at least: one "bin" is a common enough pair of names (Ali bin Hassan).</summary>
    private const int Generations = 2;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "bin", "ben", "ibn", "bint", "ould" };

    /// <summary>
    /// Whether the query's chain (its first part, then "bin X" two times or more) is paired whole and in order; if so, the
    /// positions of its last part in the query and of the last listed part it pairs with.
    /// </summary>
    /// <param name="partner">For each query part paired with exactly one listed part, that part's index; -1 otherwise.</param>
    public static bool Paired(Term[] query, int usedQuery, ReadOnlySpan<sbyte> partner, out int queryEnd, out int listedEnd)
    {
        queryEnd = listedEnd = -1;
        var generations = 0;
        for (var i = 1; i + 1 < query.Length; i++)
            if (Connectors.Contains(query[i].Text))
            {
                generations++;
                // The father's name may carry the article ("ben al-Azhar").
                queryEnd = query[i + 1].Text == "al" && i + 2 < query.Length ? i + 2 : i + 1;
            }
        if (generations < Generations || partner[0] < 0) return false;
        var previous = -1;
        for (var i = 0; i <= queryEnd; i++)
        {
            if ((usedQuery & (1 << i)) == 0) return false;
            if (partner[i] < 0) continue;
            if (partner[i] <= previous) return false;
            previous = partner[i];
        }
        listedEnd = previous;
        return true;
    }

    /// <summary>The weight of the unpaired parts after <paramref name="end"/> and after every paired part: those counted in
    /// full as outside the paired span.</summary>
    public static double UnpairedAfter(ReadOnlySpan<double> weights, int used, int end)
    {
        var from = Math.Max(end, used == 0 ? -1 : System.Numerics.BitOperations.Log2((uint)used)) + 1;
        double sum = 0;
        for (var i = from; i < weights.Length; i++) sum += weights[i];
        return sum;
    }
}
