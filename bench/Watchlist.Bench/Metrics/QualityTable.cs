using System.Globalization;
using System.Text;

namespace Watchlist.Bench.Metrics;

/// <summary>The per-kind table, in Markdown: positive kinds, negative kinds, then all together.</summary>
public static class QualityTable
{
    public static string Render(IReadOnlyList<Answer> answers)
    {
        var negatives = Tally.Of(answers.Where(a => !a.Query.IsPositive));
        var text = new StringBuilder();
        text.AppendLine("| kind | cases | recall | recall@MATCH | precision | F1 | false-hit rate | false-hit@MATCH |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in answers.Where(a => a.Query.IsPositive).GroupBy(a => a.Query.Kind).OrderBy(g => g.Key))
        {
            var t = Tally.Of(group);
            var precision = t.BalancedPrecision(negatives);
            Row(text, group.Key, t.Positives, t.Recall, t.RecallAtMatch, precision, Tally.Harmonic(precision, t.Recall), double.NaN,
                double.NaN);
        }
        foreach (var group in answers.Where(a => !a.Query.IsPositive).GroupBy(a => a.Query.Kind).OrderBy(g => g.Key))
        {
            var t = Tally.Of(group);
            Row(text, group.Key, t.Negatives, double.NaN, double.NaN, double.NaN, double.NaN, t.FalseHitRate, t.FalseHitRateAtMatch);
        }
        var all = Tally.Of(answers);
        Row(text, "**all**", all.Positives + all.Negatives, all.Recall, all.RecallAtMatch, all.Precision, all.F1,
            all.FalseHitRate, all.FalseHitRateAtMatch);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string kind, int cases, params double[] values) =>
        text.AppendLine($"| {kind} | {cases} | {string.Join(" | ", values.Select(Format))} |");

    private static string Format(double value) => double.IsNaN(value) ? "" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
