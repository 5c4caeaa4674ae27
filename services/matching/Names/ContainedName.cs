using System.Numerics;

namespace Watchlist.Matching;

/// <summary>
/// A person who gives fewer names than the list knows: every part of the shorter name is in the longer one, in the same
/// order, the given name first ("Rafael BASTARDO" / "Rafael Enrique BASTARDO MENDOZA", "Iyad MAHRUS" / "Iyad Mohammad Esam
/// MAHROUS"). Travellers leave out middle names, a second surname, a father's or grandfather's name; counting each left-out
/// part in full, as <see cref="NameComparer"/> does, puts such a name below review. Here the longer side's unpaired parts
/// cost only <see cref="LeftOutCost"/> of their weight, and the result stays a review (at most <see cref="Cap"/>): the
/// missing parts are exactly what would tell the traveller apart from a namesake, so an officer must look.
/// Not when the given name differs (the longer name's first part unpaired: "Ali Abdullah SALEH" is the father of "Zubair
/// Ali Abdullah SALEH"), nor on common parts alone ("Mohammad Ali" is in thousands of longer names): one part given must be
/// rare (weight at least <see cref="RareWeight"/>). Decision record 0080.
/// </summary>
internal static class ContainedName
{
    /// <summary>Share of its weight that a part the shorter name leaves out still costs.</summary>
    private const double LeftOutCost = 0.3;

    /// <summary>A contained name is a review, never a match on its own.</summary>
    public const double Cap = 0.8;

    /// <summary>Rarity of the rarest part given, below which the shorter name says too little (about 1 in 1,500 names).</summary>
    private const double RareWeight = 7.0;

    /// <summary>
    /// The longer side's coverage when the rule applies (its unpaired weight at <see cref="LeftOutCost"/>), else 0.
    /// </summary>
    public static double Coverage(int usedQuery, ReadOnlySpan<double> queryWeights, Term[] listed, int usedListed,
        ReadOnlySpan<double> listedWeights, double pairedWeight, ReadOnlySpan<sbyte> partner)
    {
        var queryAll = IsAll(usedQuery, queryWeights.Length);
        var listedAll = IsAll(usedListed, listedWeights.Length);
        if (queryAll == listedAll) return 0;
        var shortLength = queryAll ? queryWeights.Length : listedWeights.Length;
        var longUsed = queryAll ? usedListed : usedQuery;
        var longWeights = queryAll ? listedWeights : queryWeights;
        if (shortLength < 2 || (longUsed & 1) == 0 || !InOrder(partner) || RarestPaired(listed, usedListed, listedWeights) < RareWeight)
            return 0;
        double leftOut = 0;
        for (var i = 0; i < longWeights.Length; i++)
            if ((longUsed & (1 << i)) == 0) leftOut += longWeights[i];
        return pairedWeight / (pairedWeight + LeftOutCost * leftOut);
    }

    private static bool IsAll(int used, int length) => BitOperations.PopCount((uint)used) == length;

    /// <summary>Paired parts in the same order on both sides (no rotation: a surname moved first is another reading).</summary>
    private static bool InOrder(ReadOnlySpan<sbyte> partner)
    {
        var previous = -1;
        foreach (var j in partner)
        {
            if (j < 0) continue;
            if (j < previous) return false;
            previous = j;
        }
        return true;
    }

    /// <summary>
    /// The weight of the rarest paired part of two syllables or more: a single syllable (Kim, Ming, Chol) is one of a few
    /// hundred, and an East Asian name left a syllable short is another given name, not a shorter writing of this one.
    /// </summary>
    private static double RarestPaired(Term[] terms, int used, ReadOnlySpan<double> weights)
    {
        double rarest = 0;
        for (var j = 0; j < weights.Length; j++)
            if ((used & (1 << j)) != 0 && terms[j].Syllable == 0 && terms[j].Text.Length > 3) rarest = Math.Max(rarest, weights[j]);
        return rarest;
    }
}
