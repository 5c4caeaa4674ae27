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
        "charity", "committee", "council", "network", "department", "directorate", "administration", "authority", "charitable",
        "humanitarian", "relief",
        // Armed groups
        "brigade", "brigades", "battalion", "movement", "front", "army", "forces", "party",
    };

    public static bool IsDescriptor(string token) => Words.Contains(token) || Kin.ContainsKey(token);

    /// <summary>
    /// Descriptors that name one kind of body in other words: lists write the same body as "Main Intelligence Department" and
    /// "… Directorate", "Akhmat Kadyrov Foundation" and "… Fund", "Al-Aqsa Martyrs Brigade" and "… Battalion". Two such words,
    /// one left on each side, pair at <see cref="KinSimilarity"/>; a bank and a trading company stay two bodies.
    /// </summary>
    private static readonly Dictionary<string, int> Kin = KinOf(
        ["foundation", "fund", "charity", "trust", "society", "association", "organization", "organisation", "institute",
            "institution", "establishment"],
        ["department", "directorate", "administration", "authority", "office", "bureau", "agency", "committee", "council"],
        ["brigade", "brigades", "battalion", "battalions", "army", "forces", "front", "movement", "legion", "corps"],
        ["television", "tv", "station", "channel", "media", "radio", "satellite"],
        ["market", "supermarket", "store", "superstore", "shop"],
        ["factory", "plant", "works", "complex", "compound", "mill", "combine"],
        ["exchange", "hawala", "hawalah"],
        ["airlines", "airline", "airways", "aviation"]);

    /// <summary>Similarity of two descriptors of one kind: below an equivalent spelling, the name then makes a review.</summary>
    public const double KinSimilarity = 0.8;

    /// <summary>A name whose words of a kind differ is at most a review: "Benevolence International Foundation" and "… Fund"
    /// are two listed bodies.</summary>
    public const double KinCap = 0.8;

    public static bool AreKin(string a, string b) =>
        Kin.TryGetValue(a, out var kindA) && Kin.TryGetValue(b, out var kindB) && kindA == kindB && a != b;

    private static Dictionary<string, int> KinOf(params string[][] kinds)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < kinds.Length; k++)
            foreach (var word in kinds[k]) map[word] = k;
        return map;
    }

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
    /// Weight of the tokens left unpaired in an organisation's name: linking words and the Arabic article nothing ("Jaish ul-Adl"
    /// / "Jaysh al-Adl", "Al Wafa Organization" / "Wafa …"), descriptors half, every other word in full, wherever it stands.
    /// </summary>
    /// <param name="linkingFree">The asked name looks like an organisation's too (a traveller's "de la" still counts).</param>
    public static double UnusedWeight(Term[] terms, ReadOnlySpan<double> weights, int used, bool linkingFree)
    {
        double sum = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if ((used & (1 << i)) != 0 || (linkingFree && (IsLinking(terms[i].Text) || terms[i].IsArticle))) continue;
            sum += IsDescriptor(terms[i].Text) ? weights[i] * 0.5 : weights[i];
        }
        return sum;
    }

    /// <summary>
    /// Words that link an organisation's name and tell no body from another: lists and translations add or drop them at will
    /// ("Reconstruction Organization of [the] Holy Shrines", "Universal Shipping [and] Transportation" written with "&amp;",
    /// "Yasmin [for] Contracting"), so one side's unpaired linking word costs nothing. In English, Spanish, French, German,
    /// Italian, and Arabic and Persian as romanised (fi, wa, va, lil); not Do, Da, E (Vietnamese and Portuguese name parts).
    /// </summary>
    public static bool IsLinking(string token) => Linking.Contains(token);

    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "for", "in", "de", "del", "della", "des", "du", "la", "las", "los", "le", "les", "y", "et", "und",
        "fur", "fi", "wa", "va", "lil",
    };
}
