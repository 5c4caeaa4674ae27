using System.Buffers;
using System.Text;

namespace Watchlist.ServiceDefaults.Text;

/// <summary>
/// The one rule for every string a client sends (names, free text, codes, query values): text is refused, never
/// silently changed, when it is not valid Unicode or holds a character that hides or disguises what a person reads.
/// Refused: C0 controls except tab, line feed and carriage return (so also NUL, which PostgreSQL cannot store, and
/// the ESC that starts ANSI escapes), DEL, C1 controls (with the 8-bit CSI), bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069: "Trojan Source" reordering), invisible separators and joiners other than ZWNJ and
/// ZWJ (U+200B, U+2060–U+2064, U+FEFF, U+180E) and Unicode noncharacters. Kept: ZWNJ and ZWJ (U+200C, U+200D),
/// which Persian, Indic scripts and emoji need, and the bidi marks LRM, RLM and ALM, which mixed right-to-left
/// names need and which cannot reorder text beyond one character.
/// </summary>
public static class TextPolicy
{
    /// <summary>Why <paramref name="text"/> is refused, or null when it is acceptable.</summary>
    public static string? Refusal(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != OperationStatus.Done) return NotUnicode;
            if (Refuses(rune)) return Describe(rune);
            i += used;
        }
        return null;
    }

    /// <summary>The same rule for UTF-8 as it arrives, so that bodies are checked without decoding every string.</summary>
    public static string? Refusal(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length;)
        {
            if (Rune.DecodeFromUtf8(utf8[i..], out var rune, out var used) != OperationStatus.Done) return NotUnicode;
            if (Refuses(rune)) return Describe(rune);
            i += used;
        }
        return null;
    }

    public const string NotUnicode = "The text is not valid Unicode (a lone or reversed surrogate, or bytes that are not UTF-8).";

    public static bool Refuses(Rune rune) => rune.Value switch
    {
        '\t' or '\n' or '\r' => false,
        < 0x20 or 0x7F => true,
        >= 0x80 and <= 0x9F => true,
        >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 => true,
        0x200B or >= 0x2060 and <= 0x2064 or 0xFEFF or 0x180E => true,
        >= 0xFDD0 and <= 0xFDEF => true,
        var v => (v & 0xFFFE) == 0xFFFE,
    };

    private static string Describe(Rune rune)
    {
        var what = rune.Value switch
        {
            0 => "NUL",
            0x1B => "ESC, which starts terminal escape sequences",
            < 0x20 or 0x7F => "a control character",
            >= 0x80 and <= 0x9F => "a C1 control character",
            >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 => "a bidirectional override or isolate, which reorders what a person reads",
            >= 0xFDD0 and <= 0xFDEF => "a Unicode noncharacter",
            var v when (v & 0xFFFE) == 0xFFFE => "a Unicode noncharacter",
            _ => "an invisible character",
        };
        return $"The text holds U+{rune.Value:X4} ({what}); control, bidi-override and invisible characters are not accepted.";
    }
}
