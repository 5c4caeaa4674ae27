namespace Watchlist.Matching;

/// <summary>
/// Polynomial hash of a token, h = Σ c·B^(n−1−k) mod 2^64. Unlike a byte-stream hash it can
/// be updated in O(1) for a deleted, inserted, swapped or substituted letter, so all the
/// one-edit variants of a query token are hashed without ever being built.
/// </summary>
internal static class TokenHash
{
    private const ulong Base = 0x9E3779B97F4A7C15UL; // odd, with well-mixed bits
    private const int MaxLength = 64;

    private static readonly ulong[] Powers = BuildPowers();

    public static ulong Of(ReadOnlySpan<char> token)
    {
        ulong hash = 0;
        foreach (var c in token) hash = hash * Base + c;
        return hash;
    }

    /// <summary>Calls <paramref name="visit"/> with the hash of every variant one edit away (a–z only).</summary>
    public static void ForEachNeighbour<TState>(ReadOnlySpan<char> token, ref TState state, NeighbourVisitor<TState> visit)
    {
        var n = token.Length;
        if (n == 0 || n >= MaxLength) return;
        Span<ulong> prefix = stackalloc ulong[n + 1]; // prefix[i]: hash of token[..i]
        Span<ulong> suffix = stackalloc ulong[n + 1]; // suffix[i]: Σ_{k≥i} c_k·B^(n−1−k)
        for (var i = 0; i < n; i++) prefix[i + 1] = prefix[i] * Base + token[i];
        for (var i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + token[i] * Powers[n - 1 - i];
        var whole = prefix[n];
        for (var i = 0; i < n; i++)
        {
            visit(ref state, prefix[i] * Powers[n - 1 - i] + suffix[i + 1]); // deletion
            if (i + 1 < n && token[i] != token[i + 1])
            {
                var swap = (ulong)(token[i + 1] - token[i]);
                visit(ref state, whole + swap * Powers[n - 1 - i] - swap * Powers[n - 2 - i]); // transposition
            }
            for (var letter = 'a'; letter <= 'z'; letter++)
                if (letter != token[i])
                    visit(ref state, whole + (letter - (ulong)token[i]) * Powers[n - 1 - i]); // substitution
        }
        for (var i = 0; i <= n; i++)
        {
            var head = prefix[i] * Powers[n + 1 - i] + suffix[i];
            for (var letter = 'a'; letter <= 'z'; letter++)
                visit(ref state, head + letter * Powers[n - i]); // insertion
        }
    }

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[MaxLength + 2];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * Base;
        return powers;
    }
}

internal delegate void NeighbourVisitor<TState>(ref TState state, ulong hash);
