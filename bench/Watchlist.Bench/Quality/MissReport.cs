using Watchlist.Bench.Metrics;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Quality;

/// <summary>Diagnostics (<c>--misses N</c>): a sample of missed positives and false hits, per kind, with scores.</summary>
public static class MissReport
{
    public static void Print(IReadOnlyList<Answer> answers, ScreeningIndex index, IReadOnlyDictionary<Guid, MatchableEntry> entries,
        int perKind)
    {
        Console.WriteLine();
        Console.WriteLine("## Misses and false hits");
        foreach (var group in answers.Where(a => a.Query.IsPositive ? !a.Found : a.Flagged).GroupBy(a => a.Query.Kind).OrderBy(g => g.Key))
        {
            Console.WriteLine($"### {group.Key} ({group.Count()})");
            foreach (var answer in group.Take(perKind))
            {
                var query = answer.Query;
                var listed = query.Expected is { } id && entries.TryGetValue(id, out var entry)
                    ? string.Join(" | ", entry.Names.Select(n => n.Value).Take(4)) : "-";
                var hits = index.Search(Screener.QueryOf(query.Traveller, place: null), new ScreeningOptions { MaxResults = 3 })
                    .Select(h => $"{h.Score:0.000} {h.MatchedName} {Detail(h, MatchFeature.BirthDate)}");
                Console.WriteLine($"- '{query.Name}' {query.Traveller.BirthDate} -> listed [{listed}]; hits [{string.Join("; ", hits)}]");
            }
        }
    }

    private static string Detail(ScreeningHit hit, MatchFeature feature) =>
        hit.Explanation.FirstOrDefault(e => e.Feature == feature)?.Detail ?? "";
}
