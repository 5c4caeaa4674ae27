using System.Collections.Concurrent;

namespace Watchlist.Matching;

/// <summary>
/// Working memory for one search: a dense score per slot and the slots touched. Pooled
/// rather than per thread, so memory grows with concurrent searches, not with thread count.
/// </summary>
internal sealed class SearchScratch
{
    private static readonly ConcurrentQueue<SearchScratch> Pool = new();
    private static readonly int Retained = Environment.ProcessorCount * 2;

    public float[] Scores = [];
    public int[] Touched = new int[256];

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
}
