using System.Security.Cryptography;
using System.Text;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// Which alert a dedup key (entry, traveller identity, border post) currently belongs to, and how many alerts the key has had.
/// <para>
/// Race safety: hits of one key take turns on a transaction lock (<see cref="Raising.AlertRaising"/>), so the second
/// reads what the first committed and neither append fails (a failed append burns its event sequence numbers as tombstones).
/// Behind the lock, as a last line for other writers: the n-th alert of a key has a stream id derived from (key, n), so two
/// stream starts of one key collide, and appends to an open alert are checked against its version.
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
