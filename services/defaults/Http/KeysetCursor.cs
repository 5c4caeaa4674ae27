using System.Text;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// The opaque <c>cursor</c> of list endpoints: a sort key, base64url-encoded, so that a client
/// cannot build one and the key's format can change without breaking anyone.
/// </summary>
public static class KeysetCursor
{
    public static string Encode(string sortKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The sort key, or null when the text is not a cursor this API gave out (checked by <paramref name="isSortKey"/>).</summary>
    public static string? Decode(string? cursor, Func<string, bool> isSortKey)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            var key = Encoding.UTF8.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=')));
            return isSortKey(key) ? key : null;
        }
        catch (FormatException) { return null; }
    }
}
