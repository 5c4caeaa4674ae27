namespace Watchlist.Matching;

/// <summary>
/// Words that say what kind of body an organisation is (hotel, holding, bank, brigade, television), not which one. Lists
/// and travellers add or leave them out at will ("Al-Jalaa" / "Al-Jalaa Hotel", "Syriatel" / "Syriatel Mobile"), so in an
/// organisation's name one side lacks costs half its weight, as a middle name does in a person's. Every other word an
/// organisation's name lacks ("Rajah Solaiman [Revolutionary] Movement") costs its full weight: it may be what tells two
/// bodies apart. Folded forms; qualifiers (national, islamic, general, international) are not descriptors.
/// </summary>
internal static class Descriptors
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Business
        "hotel", "group", "groupe", "grupo", "holding", "holdings", "investment", "investments", "invest", "trading", "trade",
        "industries", "industry", "services", "service", "logistics", "mobile", "telecom", "television", "tv", "station",
        "exchange", "travel", "ventures", "mines", "mining", "market", "supermarket", "factory", "plant", "works", "firm",
        "enterprise", "enterprises", "agency", "complex", "center", "centre", "office", "store", "shop", "media", "bank",
        // Bodies and associations
        "society", "foundation", "organization", "organisation", "association", "institute", "institution", "trust", "fund",
        "charity", "committee", "council", "network", "department", "directorate", "administration", "authority",
        // Armed groups
        "brigade", "brigades", "battalion", "movement", "front", "army", "forces", "party",
    };

    public static bool IsDescriptor(string token) => Words.Contains(token);

    /// <summary>
    /// A descriptor one side lacks leaves open whether the bodies are one ("Golden Star Co" / "Golden Star Trading LLC" may be
    /// parent and subsidiary): the name alone then makes a review, not a match.
    /// </summary>
    public static double Missing(Term[] q, int usedQuery, Term[] e, int usedListed) =>
        HasUnused(q, usedQuery) || HasUnused(e, usedListed) ? MissingFactor : 1;

    private const double MissingFactor = 0.95;

    private static bool HasUnused(Term[] terms, int used)
    {
        for (var i = 0; i < terms.Length; i++)
            if ((used & (1 << i)) == 0 && IsDescriptor(terms[i].Text)) return true;
        return false;
    }

    /// <summary>
    /// Weight of the tokens left unpaired in an organisation's name: descriptors at half, every other word in full,
    /// wherever it stands.
    /// </summary>
    public static double UnusedWeight(Term[] terms, ReadOnlySpan<double> weights, int used)
    {
        double sum = 0;
        for (var i = 0; i < terms.Length; i++)
            if ((used & (1 << i)) == 0) sum += IsDescriptor(terms[i].Text) ? weights[i] * 0.5 : weights[i];
        return sum;
    }
}
