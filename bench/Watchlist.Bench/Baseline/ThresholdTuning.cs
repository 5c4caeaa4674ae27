using Watchlist.Bench.Cases;
using Watchlist.Bench.Metrics;

namespace Watchlist.Bench.Baseline;

/// <summary>
/// The baseline's similarity threshold with the best F1 on a tuning sample of its own (not the
/// measured queries). Each query is asked once at the lowest threshold; higher ones only cut.
/// </summary>
public static class ThresholdTuning
{
    public const double Lowest = 0.3;

    public static async Task<(double Threshold, double F1)> TuneAsync(PgTrgmBaseline baseline, IReadOnlyList<LabelledQuery> sample)
    {
        await baseline.SetThresholdAsync(Lowest);
        var found = new List<(LabelledQuery Query, IReadOnlyList<(Guid EntryId, double Similarity)> Rows)>();
        foreach (var query in sample) found.Add((query, await baseline.SearchAsync(query.Name)));
        var best = (Threshold: Lowest, F1: -1.0);
        for (var threshold = Lowest; threshold <= 0.951; threshold += 0.025)
        {
            var cut = threshold;
            var f1 = Tally.Of(found.Select(f => new Answer(f.Query, HitsAt(f.Rows, cut)))).F1;
            if (f1 > best.F1) best = (Math.Round(threshold, 3), f1);
        }
        return best;
    }

    /// <summary>The entries named in the rows at or above the threshold; the baseline has one band.</summary>
    public static IReadOnlyList<Hit> HitsAt(IEnumerable<(Guid EntryId, double Similarity)> rows, double threshold) =>
        [.. rows.Where(r => r.Similarity >= threshold - 1e-6).Select(r => r.EntryId).Distinct().Select(id => new Hit(id, IsMatch: true))];
}
