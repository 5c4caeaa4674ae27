namespace Watchlist.Matching;

/// <summary>
/// 64-bit FNV-1a over a key kind and its text. Postings are keyed by hash rather than string
/// to save memory; a rare collision only adds a candidate that precise scoring then rejects.
/// </summary>
internal static class KeyHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(KeyKind kind, ReadOnlySpan<char> text) => Continue((Offset ^ (byte)kind) * Prime, text);

    /// <summary>The hash of the two texts written together, without building the joined string.</summary>
    public static ulong Of(KeyKind kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Continue(Of(kind, first), second);

    public static ulong Of(KeyKind kind, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var length);
        return Of(kind, digits[..length]);
    }

    private static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}
