using System.Security.Cryptography;
using System.Text;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// Which alert a dedup key (entry, traveller identity, border post) currently belongs to, and how many alerts the key has had.
/// <para>
/// Race safety: the n-th alert of a key has a stream id derived from (key, n). Two hits of a new key processed at once
/// both derive the same id, so Marten refuses the second stream start, and that delivery is retried and finds the
/// alert open. Appends to an open alert are checked against its version, so they serialise too.
/// </para>
/// </summary>
public sealed record OpenAlertKey(string Id, int Generation, Guid AlertId, bool Open)
{
    public static Guid AlertIdFor(string key, int generation)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}#{generation}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}
