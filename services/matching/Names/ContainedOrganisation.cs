namespace Watchlist.Matching;

/// <summary>
/// An organisation named by fewer words than the list knows: every word of the shorter name is in the longer one ("New
/// Ansari Company" / "New Ansari Money Exchange", "Kaikai Technology Co" / "Nanjing Kaikai Technology Co", "Osleg" /
/// "Osleg Ventures", "Mehr Bank" / "Mehr Interest-Free Bank"). Lists and registers add or drop a line of business, a
/// city, a founder's name; counting each word left out in full, as <see cref="Descriptors.UnusedWeight"/> does, puts such a
/// pair near 0.5. Here the longer side's unpaired words cost only <see cref="LeftOutCost"/> of their weight, and the result
/// stays a review (at most <see cref="Cap"/>): the words left out are what may tell a subsidiary or a branch ("Emma Tel" /
/// "Emma Tel Plus") from the listed body, so an officer looks; it never becomes a match on the name alone. Only when a
/// paired word that is not a descriptor is rare (weight at least <see cref="RareWeight"/>): "Golden Star" or "Islamic
/// National" are inside too many names; and only when the asked name looks like an organisation's
/// (<see cref="Acronyms.LooksLikeOrganisation"/>): a traveller's "Maria Luisa" is no shorter writing of "Maria Luisa Hotel".
/// Decision record 0100.
/// </summary>
internal static class ContainedOrganisation
{
    /// <summary>Share of its weight that a word the shorter name leaves out still costs.</summary>
    private const double LeftOutCost = 0.3;

    /// <summary>A contained name is a review, never a match on its own.</summary>
    public const double Cap = 0.8;

    /// <summary>Rarity of the rarest word given, below which the shorter name says too little.</summary>
    private const double RareWeight = 7.0;

    /// <summary>
    /// The longer side's coverage when the rule applies (its unpaired weight, descriptors at half, at
    /// <see cref="LeftOutCost"/>), else 0.
    /// </summary>
    public static double Coverage(Term[] query, int usedQuery, ReadOnlySpan<double> queryWeights, Term[] listed, int usedListed,
        ReadOnlySpan<double> listedWeights, double pairedWeight)
    {
        var queryAll = IsAll(query, usedQuery);
        var listedAll = IsAll(listed, usedListed);
        if (queryAll == listedAll) return 0;
        if (RarestPaired(listed, usedListed, listedWeights) < RareWeight) return 0;
        var leftOut = queryAll
            ? Descriptors.UnusedWeight(listed, listedWeights, usedListed, linkingFree: true)
            : Descriptors.UnusedWeight(query, queryWeights, usedQuery, linkingFree: true);
        return pairedWeight / (pairedWeight + LeftOutCost * leftOut);
    }

    /// <summary>Whether every word found a pair, linking words aside.</summary>
    private static bool IsAll(Term[] terms, int used)
    {
        for (var i = 0; i < terms.Length; i++)
            if ((used & (1 << i)) == 0 && !Descriptors.IsLinking(terms[i].Text)) return false;
        return true;
    }

    /// <summary>The weight of the rarest paired word of four letters or more that is not a descriptor.</summary>
    private static double RarestPaired(Term[] terms, int used, ReadOnlySpan<double> weights)
    {
        double rarest = 0;
        for (var j = 0; j < weights.Length; j++)
            if ((used & (1 << j)) != 0 && terms[j].Text.Length > 3 && !Descriptors.IsDescriptor(terms[j].Text))
                rarest = Math.Max(rarest, weights[j]);
        return rarest;
    }
}
