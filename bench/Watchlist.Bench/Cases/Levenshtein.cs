namespace Watchlist.Bench.Cases;

/// <summary>Plain edit distance, for labelling cases; independent of the engine's own measures.</summary>
public static class Levenshtein
{
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Distance over the longer length: 0 same, 1 nothing in common.</summary>
    public static double Normalised(string a, string b) => (double)Distance(a, b) / Math.Max(1, Math.Max(a.Length, b.Length));
}
