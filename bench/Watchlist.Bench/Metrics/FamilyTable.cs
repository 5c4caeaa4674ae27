using System.Globalization;
using System.Text;

namespace Watchlist.Bench.Metrics;

/// <summary>
/// The per-family table, in Markdown: each family of cases (general name pairs, Vietnamese, the same person on two lists,
/// identifier forms, the perturbations of listed names) with its own positives and negatives, precision from actual
/// counts. A family's sub-kinds follow it, indented.
/// </summary>
public static class FamilyTable
{
    private static readonly (string Family, Func<string, bool> Member)[] Families =
    [
        ("general", k => k.StartsWith("general/", StringComparison.Ordinal)),
        ("vietnamese", k => k.StartsWith("vietnamese/", StringComparison.Ordinal) && k != Cases.Families.VietnameseCases.Namesake),
        ("vietnamese namesakes (MATCH must be 0)", k => k == Cases.Families.VietnameseCases.Namesake),
        ("twins (UN ↔ OFAC)", k => k.StartsWith("twins/", StringComparison.Ordinal)),
        ("identifiers", k => k.StartsWith("identifier/", StringComparison.Ordinal)),
        ("perturbations of listed names", k => !k.Contains('/') || k.StartsWith("negative/", StringComparison.Ordinal)),
    ];

    public static string Render(IReadOnlyList<Answer> answers)
    {
        var text = new StringBuilder();
        text.AppendLine("| family | positives | recall | recall@MATCH | precision | F1 | negatives | false-hit rate | false-hit@MATCH |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (family, member) in Families)
        {
            var inFamily = answers.Where(a => member(a.Query.Kind)).ToList();
            if (inFamily.Count == 0) continue;
            Row(text, $"**{family}**", Tally.Of(inFamily));
            var kinds = inFamily.Select(a => a.Query.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
            if (kinds.Count < 2 || family.StartsWith("perturbations", StringComparison.Ordinal)) continue;
            foreach (var kind in kinds) Row(text, $"  {kind}", Tally.Of(inFamily.Where(a => a.Query.Kind == kind)));
        }
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, Tally t) =>
        text.AppendLine($"| {name} | {t.Positives} | {F(t.Recall)} | {F(t.RecallAtMatch)} | {F(t.Precision)} | {F(t.F1)} | " +
            $"{t.Negatives} | {F(t.FalseHitRate)} | {F(t.FalseHitRateAtMatch)} |");

    private static string F(double value) => double.IsNaN(value) ? "" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
