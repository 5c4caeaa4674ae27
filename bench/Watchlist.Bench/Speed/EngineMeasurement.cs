using Watchlist.Bench.Cases;
using Watchlist.Bench.Metrics;

namespace Watchlist.Bench.Speed;

/// <summary>The in-process engine over the query mix: answers, single-query latency and throughput.</summary>
public sealed record EngineMeasurement(IReadOnlyList<Answer> Answers, Latency Latency, double Qps)
{
    public static async Task<EngineMeasurement> RunAsync(EngineScreener screener, IReadOnlyList<LabelledQuery> queries)
    {
        // Warm-up: JIT tiers, scratch pools.
        foreach (var query in queries) screener.Screen(query.Traveller);
        var (latency, hits) = await Latency.MeasureAsync(queries, q => ValueTask.FromResult(screener.Screen(q.Traveller)));
        var qps = Throughput.Measure(queries, q => screener.Screen(q.Traveller), TimeSpan.FromSeconds(3));
        return new EngineMeasurement([.. queries.Select((q, i) => new Answer(q, hits[i]))], latency, qps);
    }
}
