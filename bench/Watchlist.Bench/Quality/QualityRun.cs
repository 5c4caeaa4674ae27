using System.Diagnostics;
using Watchlist.Bench.Cases;
using Watchlist.Bench.Data;
using Watchlist.Bench.Metrics;
using Watchlist.Matching;

namespace Watchlist.Bench.Quality;

/// <summary>
/// Recall and false hits on the real lists: positives derived from every listed entry by each
/// perturbation, held-out alias variants, and generated negatives. Reports the held-out half
/// unless told otherwise; tune on the other half.
/// </summary>
public static class QualityRun
{
    public static void Run(Options options)
    {
        var seed = options.Int("seed", 20260201);
        var split = options.String("split", "report");
        var random = new Random(seed);
        var lists = RealLists.Load(RealLists.FindDataFolder());
        var entries = lists.Entries;
        var twins = new Twins(lists);
        var (stripped, aliasCases) = AliasVariantCases.Build(entries, twins, random);

        var listed = new ListedNames();
        foreach (var entry in entries) listed.Add(entry);
        var cases = aliasCases
            .Concat(PositiveCases.Every(stripped, random))
            .Concat(NegativeCases.Generate(options.Int("negatives", 20_000), seed + 1, listed))
            .Select(c => c.Expected is { } id ? c with { AlsoAccepted = twins.Of(id) } : c)
            .Where(c => split switch { "all" => true, "tune" => !c.IsHeldOut, _ => c.IsHeldOut })
            .ToList();

        var index = new ScreeningIndex();
        index.UpsertMany(stripped);
        var thresholds = new MatchThresholds(
            options.Double("match", MatchThresholds.Default.Match), options.Double("review", MatchThresholds.Default.Review));
        var screener = new EngineScreener(index, thresholds: thresholds);
        var clock = Stopwatch.StartNew();
        var answers = cases.AsParallel().AsOrdered().Select(c => new Answer(c, screener.Screen(c.Traveller))).ToList();
        clock.Stop();

        Console.WriteLine($"# Quality on the real lists ({entries.Count} entries, {split} half, seed {seed}, " +
            $"{DateTime.UtcNow:yyyy-MM-dd})");
        Console.WriteLine($"# thresholds match {thresholds.Match}, review {thresholds.Review}; {answers.Count} queries in " +
            $"{clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine();
        Console.Write(QualityTable.Render(answers));
        if (options.Flag("misses")) MissReport.Print(answers, index, entries.ToDictionary(e => e.Id), options.Int("misses", 20));
    }
}
