using System.Diagnostics;
using Npgsql;
using Watchlist.Bench.Baseline;
using Watchlist.Bench.Cases;
using Watchlist.Bench.Metrics;
using Watchlist.Matching;

namespace Watchlist.Bench.Speed;

/// <summary>
/// <c>screening --entries N</c>: builds the index over the real lists plus synthetic entries,
/// runs the query mix in process and against the pg_trgm baseline on the same data, and ends
/// with one JSON line.
/// </summary>
public static class ScreeningRun
{
    public static async Task RunAsync(Options options)
    {
        var size = options.Int("entries", 100_000);
        var seed = options.Int("seed", 20260201);
        var queryCount = options.Int("queries", 4_000);
        var baselineCount = options.Int("baseline-queries", size > 200_000 ? 500 : queryCount);
        var withBaseline = !options.Flag("no-baseline");

        var before = Memory.LiveBytes();
        await using var dataSource = NpgsqlDataSource.Create(options.String("pg", Environment.GetEnvironmentVariable("BENCH_PG")
            ?? "Host=127.0.0.1;Port=5432;Database=watchlist_bench;Username=watchlist;Password=watchlist;Timeout=60;Command Timeout=0"));
        await using var baseline = new PgTrgmBaseline(dataSource);
        var built = await BuildAsync(options, size, seed, withBaseline ? baseline : null);
        var (index, queries, tuning, buildSeconds, baselineBuild) =
            (built.Index, built.Queries, built.Tuning, built.BuildSeconds, built.BaselineBuildSeconds);
        // Only the index (and the queries) are left; the entries it was built from are gone, as in the service.
        var indexMb = (Memory.LiveBytes() - before) / 1048576.0;
        GC.KeepAlive(index);
        var (names, entries) = (built.Names, built.Entries);
        built = null;

        var engine = await EngineMeasurement.RunAsync(new EngineScreener(index, options.Int("max-candidates", 200)), queries);
        Report("in-process engine", engine.Answers, engine.Latency);
        if (options.Flag("misses"))
            Quality.MissReport.Print(engine.Answers, index, new Dictionary<Guid, MatchableEntry>(), options.Int("misses", 20));
        foreach (var (i, micros) in engine.Latency.Slowest(options.Int("slowest", 0)))
            Console.WriteLine($"[slow] {micros:0} µs {queries[i].Kind} '{queries[i].Name}' {queries[i].Traveller.BirthDate}");
        BaselineMeasurement? pg = null;
        if (withBaseline)
        {
            pg = await BaselineMeasurement.RunAsync(baseline, tuning, queries.Take(baselineCount).ToList());
            Report($"pg_trgm baseline on {pg.Answers.Count} queries", pg.Answers, pg.Latency);
            Report($"in-process engine on the same {pg.Answers.Count} queries", engine.Answers.Take(pg.Answers.Count).ToList(), null);
        }

        var all = Tally.Of(engine.Answers);
        var pgTally = pg is null ? null : Tally.Of(pg.Answers);
        var p50 = engine.Latency.Percentile(50);
        Console.WriteLine(new ResultLine(entries, names, queries.Count, p50, engine.Latency.Percentile(99), engine.Qps,
            all.Recall, all.Precision, "pg_trgm", pg?.Latency.Percentile(50), pg?.Latency.Percentile(99), pgTally?.Recall,
            pgTally?.Precision, pg is null ? null : pg.Latency.Percentile(50) / p50, indexMb, buildSeconds, pg?.Threshold,
            pg?.Answers.Count ?? 0, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, baselineBuild,
            baselineBuild is { } sequential ? sequential / buildSeconds : null).ToJson());
    }

    private sealed record Built(ScreeningIndex Index, List<LabelledQuery> Queries, List<LabelledQuery> Tuning, double BuildSeconds,
        double? BaselineBuildSeconds, long Names, int Entries);

    /// <summary>
    /// Everything that needs the entries themselves, in a frame of its own: once it returns, nothing but the index holds
    /// them, so the weighing after it counts the index alone (a local of the caller's kept them alive before).
    /// </summary>
    private static async Task<Built> BuildAsync(Options options, int size, int seed, PgTrgmBaseline? baseline)
    {
        var queryCount = options.Int("queries", 4_000);
        var clock = Stopwatch.StartNew();
        var population = Population.Create(size, seed);
        Console.WriteLine($"[bench] {population.All.Count} entries ({population.Real.Entries.Count} real), {population.NameCount} names, " +
            $"generated in {clock.Elapsed.TotalSeconds:0.0} s");

        var sequential = options.Flag("build-baseline") ? BuildTimer.Sequential(population.All) : null;
        var (index, build) = BuildTimer.Bulk(population.All);
        Console.WriteLine($"[bench] index built in {build}");
        Console.WriteLine($"[bench] build phases: {build.Breakdown()}");
        if (sequential is not null)
            Console.WriteLine($"[bench] baseline: the same entries upserted one at a time on one thread in {sequential} " +
                $"(ratio {build.Seconds / sequential.Seconds:0.00})");

        var listed = population.ListedNames();
        var queries = QueryMix.Build(population, listed, queryCount, seed + 100);
        var tuning = QueryMix.Build(population, listed, options.Int("baseline-tune", size > 200_000 ? 200 : 400), seed + 200);
        if (baseline is not null)
            Console.WriteLine("[bench] pg_trgm table loaded and indexed in " +
                $"{(await baseline.LoadAsync(population.All)).TotalSeconds:0.0} s");
        return new Built(index, queries, tuning, build.Seconds, sequential?.Seconds, population.NameCount, population.All.Count);
    }

    private static void Report(string title, IReadOnlyList<Answer> answers, Latency? latency)
    {
        var timing = latency is null ? ""
            : $": p50 {latency.Percentile(50):0} µs, p99 {latency.Percentile(99):0} µs (first pass alone: p50 " +
                $"{latency.RawPercentile(50):0} µs, p99 {latency.RawPercentile(99):0} µs)";
        Console.WriteLine($"\n## {title}{timing}\n");
        Console.WriteLine(QualityTable.Render(answers));
    }
}
