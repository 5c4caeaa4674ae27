using Watchlist.WatchlistService.Imports.Parsing;
using M = Watchlist.Matching;

namespace Watchlist.Bench.Data;

/// <summary>The OFAC SDN and UN Security Council lists in data/, read by the import parsers.</summary>
public sealed record RealLists(IReadOnlyList<M.MatchableEntry> Entries, IReadOnlyDictionary<Guid, string> ListOf)
{
    public static RealLists Load(string dataFolder)
    {
        var ofac = Path.Combine(dataFolder, "ofac");
        using var sdn = File.OpenRead(Path.Combine(ofac, "sdn.csv"));
        using var alt = File.OpenRead(Path.Combine(ofac, "alt.csv"));
        using var add = File.OpenRead(Path.Combine(ofac, "add.csv"));
        using var un = File.OpenRead(Path.Combine(dataFolder, "un", "consolidated.xml"));
        var listed = OfacSdnParser.Parse(sdn, alt, add, "BENCH", ["*"]).Select(e => ("ofac", e))
            .Concat(UnConsolidatedParser.Parse(un, "BENCH", ["*"]).Select(e => ("un", e)))
            .Select(x => (List: x.Item1, Entry: EntryFactory.Matchable($"{x.Item1}/{x.Item2.Reference}", x.Item2.Details)))
            .ToList();
        return new RealLists([.. listed.Select(x => x.Entry)], listed.ToDictionary(x => x.Entry.Id, x => x.List));
    }

    /// <summary>Finds data/ from the working directory upwards, so the bench runs from any folder of the repo.</summary>
    public static string FindDataFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "data", "ofac", "sdn.csv"))) return Path.Combine(dir.FullName, "data");
        }
        throw new DirectoryNotFoundException("data/ofac/sdn.csv not found above the working directory");
    }
}
