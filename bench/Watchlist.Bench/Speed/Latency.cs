using System.Diagnostics;

namespace Watchlist.Bench.Speed;

/// <summary>
/// Per-query latencies in microseconds, one query at a time. The queries are run in
/// <see cref="Passes"/> whole passes and each query's median across passes is kept, so that a
/// moment when another process took the core does not pass for the query's own cost on a busy
/// machine, while caches are as cold for a query in every pass as in the first. The first
/// pass alone is kept too, as the raw figure.
/// </summary>
public sealed class Latency
{
    public const int Passes = 3;

    private readonly List<double>[] _timings;

    private Latency(int count) => _timings = [.. Enumerable.Range(0, count).Select(_ => new List<double>(Passes))];

    public int Count => _timings.Length;

    /// <summary>Times every item in each pass; returns the first pass's results.</summary>
    public static async Task<(Latency Latency, TResult[] Results)> MeasureAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, Func<TItem, ValueTask<TResult>> call)
    {
        var latency = new Latency(items.Count);
        var results = new TResult[items.Count];
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = await call(items[i]);
                latency._timings[i].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                if (pass == 0) results[i] = result;
            }
        }
        return (latency, results);
    }

    /// <summary>The indices of the slowest queries, slowest first.</summary>
    public IEnumerable<(int Index, double Micros)> Slowest(int count) =>
        Medians().Select((micros, index) => (index, micros)).OrderByDescending(x => x.micros).Take(count);

    /// <summary>Nearest-rank percentile of the per-query medians, in microseconds.</summary>
    public double Percentile(double p) => Percentile(Medians(), p);

    /// <summary>The same over the first pass alone.</summary>
    public double RawPercentile(double p) => Percentile(_timings.Select(t => t[0]), p);

    private IEnumerable<double> Medians() => _timings.Select(t => t.Order().ElementAt(t.Count / 2));

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
