namespace Watchlist.Bench.Metrics;

/// <summary>
/// Counts over a set of answers. Recall = positives found / positives. False-hit rate =
/// negatives with any hit / negatives. Precision = found / (found + false flags), a false
/// flag being a negative with a hit or a positive flagged only by other entries.
/// </summary>
public sealed record Tally(int Positives, int Found, int FoundAtMatch, int WrongPositives, int WrongPositivesAtMatch,
    int Negatives, int FalseHits, int FalseHitsAtMatch)
{
    public static Tally Of(IEnumerable<Answer> answers)
    {
        var list = answers.ToList();
        var positives = list.Where(a => a.Query.IsPositive).ToList();
        var negatives = list.Where(a => !a.Query.IsPositive).ToList();
        return new Tally(positives.Count, positives.Count(a => a.Found), positives.Count(a => a.FoundAtMatch),
            positives.Count(a => a.FalselyFlagged), positives.Count(a => a.FalselyFlaggedAtMatch),
            negatives.Count, negatives.Count(a => a.Flagged), negatives.Count(a => a.FlaggedAtMatch));
    }

    public double Recall => Ratio(Found, Positives);

    public double RecallAtMatch => Ratio(FoundAtMatch, Positives);

    public double FalseHitRate => Ratio(FalseHits, Negatives);

    public double FalseHitRateAtMatch => Ratio(FalseHitsAtMatch, Negatives);

    public double Precision => Ratio(Found, Found + WrongPositives + FalseHits);

    public double PrecisionAtMatch => Ratio(FoundAtMatch, FoundAtMatch + WrongPositivesAtMatch + FalseHitsAtMatch);

    public double F1 => Harmonic(Precision, Recall);

    /// <summary>
    /// Precision of this kind of positive as if each case came with one negative query drawn
    /// from <paramref name="negatives"/>: a kind-level figure that still counts false hits.
    /// </summary>
    public double BalancedPrecision(Tally negatives) =>
        Ratio(Found, Found + WrongPositives + negatives.FalseHitRate * Positives);

    public static double Harmonic(double a, double b) => a + b == 0 ? 0 : 2 * a * b / (a + b);

    private static double Ratio(double part, double whole) => whole == 0 ? double.NaN : part / whole;
}
