using System.Diagnostics;
using Watchlist.Matching;

namespace Watchlist.Bench.Speed;

/// <summary>
/// Times an index build: wall clock, and the process's CPU time and the collector's pauses over it, since on a shared machine
/// the wall clock alone mostly says how busy the others were.
/// </summary>
public sealed record BuildTimer(double Seconds, double CpuSeconds, double GcPauseSeconds, int Gen2Collections)
{
    /// <summary>The bulk load's phases (<see cref="Bulk"/> only).</summary>
    public BulkLoadTimings? Phases { get; init; }

    /// <summary>Trimming the postings after the load (<see cref="Bulk"/> only).</summary>
    public double TrimSeconds { get; init; }

    public int Gen0Collections { get; init; }

    public int Gen1Collections { get; init; }

    public double AllocatedMb { get; init; }

    /// <summary>The service's way: <see cref="ScreeningIndex.UpsertMany"/>, then trimmed.</summary>
    public static (ScreeningIndex Index, BuildTimer Timing) Bulk(IReadOnlyList<MatchableEntry> entries)
    {
        var index = new ScreeningIndex();
        var phases = new BulkLoadTimings();
        var trim = 0.0;
        var timing = Time(() =>
        {
            index.UpsertMany(entries, phases);
            var trimming = Stopwatch.StartNew();
            index.TrimExcess();
            trim = trimming.Elapsed.TotalSeconds;
        });
        return (index, timing with { Phases = phases, TrimSeconds = trim });
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

    /// <summary>The bulk load's phases, the trim, the collections and the bytes allocated, for the line after the build's.</summary>
    public string Breakdown() =>
        $"{Phases}; trim {TrimSeconds:0.00} s; collections gen0 {Gen0Collections}, gen1 {Gen1Collections}, gen2 {Gen2Collections}; " +
        $"allocated {AllocatedMb:N0} MB; server GC {System.Runtime.GCSettings.IsServerGC}";

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
        var (gen0, gen1, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalAllocatedBytes());
        var clock = Stopwatch.StartNew();
        build();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new BuildTimer(seconds, (process.TotalProcessorTime - cpu).TotalSeconds,
            (GC.GetTotalPauseDuration() - pauses).TotalSeconds, GC.CollectionCount(2) - gen2)
        {
            Gen0Collections = GC.CollectionCount(0) - gen0,
            Gen1Collections = GC.CollectionCount(1) - gen1,
            AllocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,
        };
    }
}
