using System.Numerics;

namespace Watchlist.Matching;

/// <summary>
/// The set of characters in a token as bits. One edit changes at most two bits, so two
/// tokens whose sets differ by more than twice the allowed edits can skip edit distance.
/// </summary>
internal static class LetterSignature
{
    public static ulong Of(string token)
    {
        ulong bits = 0;
        foreach (var c in token)
        {
            if (c is >= 'a' and <= 'z') bits |= 1UL << (c - 'a');
            else if (c is >= '0' and <= '9') bits |= 1UL << (26 + c - '0');
        }
        return bits;
    }

    public static bool TooFarApart(ulong a, ulong b, int allowedEdits) =>
        BitOperations.PopCount(a ^ b) > 2 * allowedEdits;
}
