namespace Watchlist.Matching;

/// <summary>
/// IDF-like evidence weights: a name part shared by many entries (Nguyen, Muhammad) says
/// little, a rare one says a lot. Frequencies come from the index itself plus a prior.
/// </summary>
internal static class TermWeights
{
    /// <summary>An initial is weak evidence however rare the letter is in the index.</summary>
    private const double InitialCap = 1.5;

    public static double Of(Term term, int population)
    {
        var weight = Rarity(term.Frequency + term.Prior, population);
        return term.Text.Length == 1 ? Math.Min(weight, InitialCap) : weight;
    }

    public static double Rarity(int frequency, int population) =>
        Math.Log(1 + (population + CommonNameParts.Population) / (frequency + 1.0));
}
