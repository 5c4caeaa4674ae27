using Watchlist.Bench.Cases;
using Watchlist.Bench.Data;
using Watchlist.Matching;

namespace Watchlist.Bench.Speed;

/// <summary>The entries under test: the real lists, then synthetic people up to the size asked for.</summary>
public sealed class Population
{
    private Population(RealLists real, List<MatchableEntry> all)
    {
        Real = real;
        All = all;
        Twins = new Twins(real);
    }

    public RealLists Real { get; }

    /// <summary>Every entry; let go of it (<see cref="Release"/>) before measuring the index.</summary>
    public List<MatchableEntry> All { get; private set; }

    public Twins Twins { get; }

    public long NameCount { get; private set; }

    public static Population Create(int size, int seed)
    {
        var real = RealLists.Load(RealLists.FindDataFolder());
        var all = new List<MatchableEntry>(Math.Max(size, real.Entries.Count));
        all.AddRange(real.Entries);
        all.AddRange(new SyntheticEntries(seed).Take(Math.Max(0, size - real.Entries.Count)));
        return new Population(real, all) { NameCount = all.Sum(e => (long)e.Names.Count) };
    }

    /// <summary>A few entries picked at random (the same ones for the same seed).</summary>
    public IReadOnlyList<MatchableEntry> Sample(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => All[random.Next(All.Count)]).DistinctBy(e => e.Id)];
    }

    public ListedNames ListedNames()
    {
        var listed = new ListedNames();
        foreach (var entry in All) listed.Add(entry);
        return listed;
    }

    public void Release() => All = [];
}
