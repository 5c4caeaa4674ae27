using Watchlist.Bench.Baseline;
using Watchlist.Bench.Cases;
using Watchlist.Bench.Metrics;

namespace Watchlist.Bench.Speed;

/// <summary>The pg_trgm baseline over (a prefix of) the same queries, at its tuned threshold.</summary>
public sealed record BaselineMeasurement(IReadOnlyList<Answer> Answers, Latency Latency, double Threshold)
{
    public static async Task<BaselineMeasurement> RunAsync(
        PgTrgmBaseline baseline, IReadOnlyList<LabelledQuery> tuning, IReadOnlyList<LabelledQuery> queries)
    {
        var (threshold, f1) = await ThresholdTuning.TuneAsync(baseline, tuning);
        Console.WriteLine($"[bench] pg_trgm threshold {threshold} (best F1 {f1:0.0000} on {tuning.Count} tuning queries)");
        await baseline.SetThresholdAsync(threshold);
        foreach (var query in queries.Take(50)) await baseline.SearchAsync(query.Name); // warm-up
        var (latency, rows) = await Latency.MeasureAsync(queries, async q => await baseline.SearchAsync(q.Name));
        return new BaselineMeasurement([.. queries.Select((q, i) => new Answer(q, ThresholdTuning.HitsAt(rows[i], threshold)))],
            latency, threshold);
    }
}
