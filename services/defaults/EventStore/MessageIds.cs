using System.Security.Cryptography;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// The message id of the n-th message published for a stored event: the event's own id for the
/// first, a stable derivation for the others, so that a republish after a crash carries the same
/// ids and consumers recognise it.
/// </summary>
public static class MessageIds
{
    public static Guid For(Guid eventId, int index)
    {
        if (index == 0) return eventId;
        Span<byte> input = stackalloc byte[20];
        eventId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], index);
        var hash = SHA256.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}
