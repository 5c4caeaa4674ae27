using System.Diagnostics;
using Watchlist.Bench.Cases;
using Watchlist.Bench.Cases.Families;
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
        var lookup = new ScreeningIndex();
        lookup.UpsertMany(entries);
        var vietnamese = VietnameseCases.Build(options.Int("vietnamese", 2_000), seed + 7, listed);
        var pairs = NamePairCases.Build(entries, twins, lookup, seed + 3);
        var identifiers = IdentifierCases.Build(options.Int("identifiers", 400), seed + 5);
        // Cases of the lists and of the Vietnamese population may hit those entries only; the others carry their own filter.
        var real = stripped.Select(e => e.Id).ToHashSet();
        var populated = stripped.Concat(vietnamese.Entries).Select(e => e.Id).ToHashSet();
        var cases = aliasCases
            .Concat(PositiveCases.Every(stripped, random))
            .Concat(NegativeCases.Generate(options.Int("negatives", 20_000), seed + 1, listed))
            .Concat(TwinCases.Build(lists))
            .Select(c => c.Expected is { } id ? c with { AlsoAccepted = twins.Of(id) } : c)
            .Select(c => c.Eligible is null ? c with { Eligible = real.Contains } : c)
            .Concat(vietnamese.Cases.Select(c => c with { Eligible = populated.Contains }))
            .Concat(pairs.Cases)
            .Concat(identifiers.Cases)
            .Where(c => split switch { "all" => true, "tune" => !c.IsHeldOut, _ => c.IsHeldOut })
            .ToList();

        var index = new ScreeningIndex();
        index.UpsertMany(stripped.Concat(vietnamese.Entries).Concat(pairs.PairEntries).Concat(identifiers.Entries));
        var thresholds = new MatchThresholds(
            options.Double("match", MatchThresholds.Default.Match), options.Double("review", MatchThresholds.Default.Review));
        var screener = new EngineScreener(index, thresholds: thresholds);
        var clock = Stopwatch.StartNew();
        var answers = cases.AsParallel().AsOrdered().Select(c => new Answer(c, screener.Screen(c.Traveller, c.Eligible))).ToList();
        clock.Stop();

        Console.WriteLine($"# Quality on the real lists ({entries.Count} entries, {split} half, seed {seed}, " +
            $"{DateTime.UtcNow:yyyy-MM-dd})");
        Console.WriteLine($"# thresholds match {thresholds.Match}, review {thresholds.Review}; {answers.Count} queries in " +
            $"{clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine();
        Console.Write(FamilyTable.Render(answers));
        Console.WriteLine();
        Console.Write(QualityTable.Render(answers));
        if (options.String("family-misses", "") is { Length: > 0 } prefix) FamilyMisses.Print(answers, prefix, c => BestScore(index, c));
        if (options.Flag("misses")) MissReport.Print(answers, index, entries.ToDictionary(e => e.Id), options.Int("misses", 20));
    }

    /// <summary>The best score among the entries the case may hit, however low: how far a miss is from the review line.</summary>
    private static double BestScore(ScreeningIndex index, LabelledQuery c)
    {
        var options = new ScreeningOptions { MaxResults = 1, Thresholds = new MatchThresholds(0.85, 0.01), IsEligible = c.Eligible };
        return index.Search(WatchlistService.Screening.Screener.QueryOf(c.Traveller, place: null), options).FirstOrDefault()?.Score ?? 0;
    }
}
