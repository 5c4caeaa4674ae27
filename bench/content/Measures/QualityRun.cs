using Watchlist.Bench.Content.Corpus;
using Watchlist.WatchlistService.Content.Extraction;

namespace Watchlist.Bench.Content.Measures;

/// <summary>Precision and recall of each kind of item over the labelled corpus, for the extractor and the naive baseline.</summary>
public static class QualityRun
{
    private static readonly (string Kind, double Recall, double Precision)[] Targets =
        [("phones", 0.99, 0.98), ("emails", 0.98, 0.98), ("handles", 0.98, 0.98), ("websites", 0.98, 0.98),
            ("organisations", 0, 0), ("names", 0, 0)];

    public static int Run(IReadOnlyList<LabelledPost> posts)
    {
        var ours = Measure(posts, p => PostExtractor.Extract(p.Text, p.Region));
        var naive = Measure(posts, p => NaiveExtractor.Extract(p.Text));
        Console.WriteLine($"content extraction on {posts.Count} labelled posts " +
            $"({posts.GroupBy(p => p.Kind).Select(g => $"{g.Count()} {g.Key}").Aggregate((a, b) => a + ", " + b)})");
        Console.WriteLine($"| {"item",-13} | {"found",5} | {"wrong",5} | {"missed",6} | {"precision",9} | {"recall",6} | " +
            $"{"target",-16} | " +
            $"{"naive P",7} | {"naive R",7} |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        var failed = false;
        foreach (var (kind, recall, precision) in Targets)
        {
            var t = ours[kind];
            var met = t.Recall >= recall && t.Precision >= precision;
            failed |= !met;
            var target = recall == 0 ? "best effort" : $"R≥{recall:0.00} P≥{precision:0.00} {(met ? "met" : "MISSED")}";
            var n = naive[kind];
            Console.WriteLine($"| {kind,-13} | {t.Found,5} | {t.Wrong,5} | {t.Missed,6} | {t.Precision,9:0.000} | {t.Recall,6:0.000} | " +
                $"{target,-16} | {(kind is "organisations" or "names" ? "-" : n.Precision.ToString("0.000")),7} | " +
                $"{(kind is "organisations" or "names" ? "-" : n.Recall.ToString("0.000")),7} |");
        }
        foreach (var (kind, tally) in ours)
            foreach (var example in tally.Examples) Console.WriteLine($"  {kind}: {example}");
        return failed ? 1 : 0;
    }

    private static Dictionary<string, Tally> Measure(IReadOnlyList<LabelledPost> posts, Func<LabelledPost, ExtractedItems> extract)
    {
        var tallies = Targets.ToDictionary(t => t.Kind, _ => new Tally());
        foreach (var post in posts)
        {
            var items = extract(post);
            tallies["phones"].Add(post.Id, post.Phones, items.Phones);
            tallies["emails"].Add(post.Id, post.Emails, items.Emails);
            // The naive baseline cannot tell platforms: its handles are compared by value alone.
            var platformKnown = items.Handles.All(h => h.Platform is not null) || items.Handles.Count == 0;
            tallies["handles"].Add(post.Id, post.Handles.Select(h => platformKnown ? h.ToString() : h.Value),
                items.Handles.Select(h => platformKnown ? h.ToString() : h.Value));
            tallies["websites"].Add(post.Id, post.Websites, items.Websites);
            tallies["organisations"].Add(post.Id, post.Organisations, items.Organisations);
            tallies["names"].Add(post.Id, post.Names, items.Names);
        }
        return tallies;
    }
}
