using System.Collections.Concurrent;

namespace Watchlist.Matching;

/// <summary>
/// Working memory for one search: a dense score per slot, and the slots found with the key that found each, then put in the
/// order they were found. Pooled rather than per thread, so memory grows with concurrent searches, not with thread count.
/// </summary>
internal sealed class SearchScratch
{
    private static readonly ConcurrentQueue<SearchScratch> Pool = new();
    private static readonly int Retained = Environment.ProcessorCount * 2;

    public float[] Scores = [];

    /// <summary>Each slot as a key found it, and that key's place among the keys walked (<see cref="CandidateCollector"/>).</summary>
    public int[] Found = new int[256];

    public int[] FoundBy = new int[256];

    /// <summary>Each found slot's summed weight, read once its block is walked.</summary>
    public float[] FoundScores = new float[256];

    /// <summary>A walk is under way: scores may be non-zero (only left so if the walk was cut short).</summary>
    public bool Dirty;

    /// <summary>The found slots in the order of their keys, and their summed weights.</summary>
    public int[] Ordered = new int[256];

    public float[] OrderedScores = new float[256];

    public static SearchScratch Rent(int slots)
    {
        var scratch = Pool.TryDequeue(out var pooled) ? pooled : new SearchScratch();
        if (scratch.Scores.Length < slots) scratch.Scores = new float[slots + slots / 4];
        return scratch;
    }

    /// <summary>Scores must be back to zero.</summary>
    public static void Return(SearchScratch scratch)
    {
        if (Pool.Count < Retained) Pool.Enqueue(scratch);
    }

    public void Grow()
    {
        Array.Resize(ref Found, Found.Length * 2);
        Array.Resize(ref FoundBy, FoundBy.Length * 2);
        Array.Resize(ref FoundScores, Found.Length);
    }

    public void EnsureOrdered(int count)
    {
        if (Ordered.Length >= count) return;
        Ordered = new int[Found.Length];
        OrderedScores = new float[Found.Length];
    }
}
