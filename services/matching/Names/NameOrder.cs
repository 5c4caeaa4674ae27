namespace Watchlist.Matching;

/// <summary>
/// What the order of paired tokens says. Order is otherwise ignored (Vietnamese, Chinese and Hungarian names are written
/// surname first or last, and lists move parts around), with two exceptions:
/// <list type="bullet">
/// <item>Arabic chains: the name after bin/ben/ibn/bint/abu is a father's, son's or kunya's. "Ali bin Hassan" and
/// "Hassan bin Ali" are father and son, so the two names around a connector in swapped order are another person
/// (×<see cref="ConnectorConflict"/>). A list that drops some connectors ("Hamza Usama bin Laden") is no conflict.</item>
/// <item>Any other reordering that is not a rotation (surname moved from last to first or back, which is free) costs a
/// little (×<see cref="Shuffled"/>), so the same tokens in the same order rank above a shuffle.</item>
/// </list>
/// </summary>
internal static class NameOrder
{
    public const double ConnectorConflict = 0.75;
    public const double Shuffled = 0.97;

    private static readonly HashSet<string> Connectors =
        new(StringComparer.Ordinal) { "bin", "ben", "ibn", "bint", "abu", "ould", "walad" };

    /// <param name="partner">For each query token paired with exactly one listed token, that token's index; -1 otherwise.</param>
    public static double Factor(Term[] query, ReadOnlySpan<sbyte> partner)
    {
        var factor = 1.0;
        if (ConnectorsDisagree(query, partner)) factor *= ConnectorConflict;
        if (!IsRotation(partner)) factor *= Shuffled;
        return factor;
    }

    /// <summary>Whether "A bin B" in the query is paired with a listed name where B comes before A.</summary>
    private static bool ConnectorsDisagree(Term[] query, ReadOnlySpan<sbyte> partner)
    {
        for (var c = 1; c + 1 < query.Length; c++)
        {
            if (!Connectors.Contains(query[c].Text)) continue;
            int before = partner[c - 1], after = partner[c + 1];
            if (before >= 0 && after >= 0 && after < before) return true;
        }
        return false;
    }

    /// <summary>Whether the paired listed positions, in query order, increase but for one wrap-around.</summary>
    private static bool IsRotation(ReadOnlySpan<sbyte> partner)
    {
        var previous = -1;
        var wraps = 0;
        int first = -1, last = -1;
        foreach (var j in partner)
        {
            if (j < 0) continue;
            if (first < 0) first = j;
            if (j < previous) wraps++;
            previous = last = j;
        }
        return wraps == 0 || (wraps == 1 && last < first);
    }
}
