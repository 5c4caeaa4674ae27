using System.Text.Json;
using Watchlist.Bench.Content.Corpus;
using Watchlist.Bench.Content.Measures;
using Watchlist.WatchlistService.Content.Extraction;

// ./bench.sh content [quality|speed|generate|extract] — bench/README.md, "Content screening".
const string CorpusFile = "bench/content/corpus/posts.jsonl";
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
{
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};
var command = args.FirstOrDefault() ?? "all";
List<LabelledPost> Corpus() => File.ReadLines(CorpusFile).Select(l => JsonSerializer.Deserialize<LabelledPost>(l, json)!).ToList();
int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;

switch (command)
{
    case "generate":
        var posts = new Generator(Option("--seed", 20261201)).Posts(Option("--vi", 400), Option("--en", 200), Option("--negatives", 240));
        Directory.CreateDirectory(Path.GetDirectoryName(CorpusFile)!);
        File.WriteAllLines(CorpusFile, posts.Select(p => JsonSerializer.Serialize(p, json)));
        Console.WriteLine($"wrote {CorpusFile}");
        return 0;
    case "quality":
        return QualityRun.Run(Corpus());
    case "speed":
        return SpeedRun.Run(Corpus(), Option("--entries", 10_000), Option("--rounds", 4));
    case "all":
        var corpus = Corpus();
        var quality = QualityRun.Run(corpus);
        Console.WriteLine();
        return SpeedRun.Run(corpus, Option("--entries", 10_000), Option("--rounds", 4)) | quality;
    case "slowest":
        var all = Corpus();
        for (var round = 0; round < 3; round++)
            foreach (var p in all) PostExtractor.Extract(p.Text, p.Region);
        var timed = all.Select(p =>
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var i = 0; i < 5; i++) PostExtractor.Extract(p.Text, p.Region);
            return (p.Id, Ms: System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds / 5, p.Text);
        }).OrderByDescending(t => t.Ms).Take(Option("--top", 5));
        foreach (var t in timed)
            Console.WriteLine($"{t.Ms,8:0.000} ms {t.Id}: {t.Text.Replace('\n', ' ')[..Math.Min(300, t.Text.Length)]}");
        return 0;
    case "extract":
        Console.WriteLine(JsonSerializer.Serialize(PostExtractor.Extract(Console.In.ReadToEnd(), args.Length > 1 ? args[1] : "VN"), json));
        return 0;
    default:
        Console.Error.WriteLine("usage: [all|quality|speed|generate|extract [region]] [--entries N] [--rounds N] [--seed S]");
        return 2;
}
