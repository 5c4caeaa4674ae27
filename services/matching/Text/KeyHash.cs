namespace Watchlist.Matching;

/// <summary>
/// 64-bit FNV-1a over a key kind and its text. Postings are keyed by hash rather than string
/// to save memory; a rare collision only adds a candidate that precise scoring then rejects.
/// </summary>
internal static class KeyHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(KeyKind kind, ReadOnlySpan<char> text)
    {
        var hash = (Offset ^ (byte)kind) * Prime;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}
