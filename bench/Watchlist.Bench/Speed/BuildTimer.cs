using System.Diagnostics;
using Watchlist.Matching;

namespace Watchlist.Bench.Speed;

/// <summary>
/// Times an index build: wall clock, and the process's CPU time and the collector's pauses over it, since on a shared machine
/// the wall clock alone mostly says how busy the others were.
/// </summary>
public sealed record BuildTimer(double Seconds, double CpuSeconds, double GcPauseSeconds, int Gen2Collections)
{
    /// <summary>The service's way: <see cref="ScreeningIndex.UpsertMany"/>, then trimmed.</summary>
    public static (ScreeningIndex Index, BuildTimer Timing) Bulk(IReadOnlyList<MatchableEntry> entries)
    {
        var index = new ScreeningIndex();
        var timing = Time(() =>
        {
            index.UpsertMany(entries);
            index.TrimExcess();
        });
        return (index, timing);
    }

    /// <summary>
    /// The baseline (<c>--build-baseline</c>): the same entries upserted one at a time on one thread, as the live list adds a
    /// change, then trimmed. It builds the same index. A build of the first 20,000 entries both ways comes first, so that
    /// neither pays the JIT alone; the baseline's index is let go before the measured build.
    /// </summary>
    public static BuildTimer Sequential(IReadOnlyList<MatchableEntry> entries)
    {
        var warmUp = entries.Take(20_000).ToList();
        UpsertOneByOne(warmUp);
        Bulk(warmUp);
        var timing = Time(() => UpsertOneByOne(entries));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return timing;
    }

    public override string ToString() =>
        $"{Seconds:0.00} s (CPU {CpuSeconds:0.0} s, GC pauses {GcPauseSeconds:0.00} s, {Gen2Collections} gen2 collections)";

    private static void UpsertOneByOne(IEnumerable<MatchableEntry> entries)
    {
        var index = new ScreeningIndex();
        foreach (var entry in entries) index.Upsert(entry);
        index.TrimExcess();
    }

    private static BuildTimer Time(Action build)
    {
        var process = Process.GetCurrentProcess();
        var (cpu, pauses, gen2) = (process.TotalProcessorTime, GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        build();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new BuildTimer(seconds, (process.TotalProcessorTime - cpu).TotalSeconds,
            (GC.GetTotalPauseDuration() - pauses).TotalSeconds, GC.CollectionCount(2) - gen2);
    }
}
