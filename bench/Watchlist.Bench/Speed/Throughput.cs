using System.Diagnostics;

namespace Watchlist.Bench.Speed;

/// <summary>Queries per second with one worker per core, over whole passes of the queries.</summary>
public static class Throughput
{
    public static double Measure<T>(IReadOnlyList<T> items, Action<T> call, TimeSpan atLeast)
    {
        var done = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < atLeast)
        {
            Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, call);
            done += items.Count;
        }
        return done / clock.Elapsed.TotalSeconds;
    }
}
