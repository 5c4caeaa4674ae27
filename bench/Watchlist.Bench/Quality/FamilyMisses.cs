using Watchlist.Bench.Cases;
using Watchlist.Bench.Metrics;

namespace Watchlist.Bench.Quality;

/// <summary>Every miss and false hit of the kinds starting with a prefix, one line each with the
/// score of the best eligible entry (the expected one for a miss): for looking at, on the tune half.</summary>
public static class FamilyMisses
{
    public static void Print(IEnumerable<Answer> answers, string prefix, Func<LabelledQuery, double> scoreOf)
    {
        foreach (var a in answers.Where(a => a.Query.Kind.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var q = a.Query;
            var what = q.Traveller.Name
                ?? string.Join(",", (q.Traveller.Identifiers ?? []).Select(i => $"{i.Type}:{i.Value}:{i.Platform}"));
            if (q.IsPositive && !a.Found)
                Console.WriteLine($"MISS\t{q.Kind}\t{what}\t{q.Note}\t{q.Traveller.BirthDate}\t{scoreOf(q):0.000}");
            if (!q.IsPositive && a.Flagged)
                Console.WriteLine($"FALSE{(a.FlaggedAtMatch ? "@MATCH" : "")}\t{q.Kind}\t{what}\t{q.Note}\t{scoreOf(q):0.000}");
        }
    }
}
