using System.Security.Cryptography;
using System.Text;

namespace Watchlist.Bench.Data;

/// <summary>Deterministic ids and hashes, so that every run splits and samples the same way.</summary>
public static class StableIds
{
    public static Guid Of(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A stable 32-bit hash of a string (string.GetHashCode differs per process).</summary>
    public static uint Hash(string key) => BitConverter.ToUInt32(MD5.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
