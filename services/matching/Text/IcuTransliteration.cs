using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Icu;

namespace Watchlist.Matching;

/// <summary>
/// Arabic script and Kana through ICU's "Any-Latin; Latin-ASCII" (icu.net over the system's libicu), every other script
/// through AnyAscii: measured on the quality bench's tune half (decision record 0105), ICU found 14 more of 185 name pairs
/// across scripts than AnyAscii, all in Arabic script, and read Kana syllables as Hepburn does (ジョン "jon", where AnyAscii
/// reads one sign at a time: "jiyon"); for Cyrillic it writes ISO 9 (Хазмат "hazmat"), further from the lists'
/// romanisations than AnyAscii's "khazmat", and for Han and Hangul the two agree.
/// </summary>
internal static class IcuTransliteration
{
    private static readonly Lazy<bool> Loaded = new(Load);

    [ThreadStatic] private static Transliterator? _transliterator;

    /// <summary>Whether the native ICU library was found; without it every script goes through AnyAscii, as before.</summary>
    public static bool Available => Loaded.Value;

    /// <summary>The name with each run of Arabic-script or Kana letters romanised by ICU; other text as it was.</summary>
    public static string Apply(string name)
    {
        if (!Needs(name) || !Available) return name;
        _transliterator ??= Transliterator.CreateInstance("Any-Latin; Latin-ASCII");
        var result = new StringBuilder(name.Length * 2);
        var run = new StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            if (IsRead(rune.Value) || run.Length > 0 && IsMark(rune))
            {
                // ICU writes the silent final ة as t and the final ى as y; romanisations write neither (Samira, Mustafa).
                run.Append(rune.Value switch { 0x0629 => "\u0647", 0x0649 => "\u0627", _ => rune.ToString() });
                continue;
            }
            Flush(result, run);
            result.Append(rune.ToString());
        }
        Flush(result, run);
        return result.ToString();
    }

    private static bool Needs(string name)
    {
        foreach (var rune in name.EnumerateRunes())
            if (IsRead(rune.Value)) return true;
        return false;
    }

    private static bool IsRead(int value) => value is >= 0x0620 and <= 0x064A or >= 0x066E and <= 0x06D3 or >= 0x06FA and <= 0x06FF
        or >= 0x0750 and <= 0x077F or >= 0x3041 and <= 0x3096 or >= 0x30A1 and <= 0x30FA or 0x30FC;

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // A run is mostly one word, and a list repeats its words (Muhammad, Abdullah): a remembered romanisation saves ICU's call,
    // the costliest step of folding such a name (decision record 0130). Bounded, so a long-running service keeps a vocabulary.
    private const int MaxRemembered = 1 << 16;
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);
    private static int _remembered;

    private static void Flush(StringBuilder result, StringBuilder run)
    {
        if (run.Length == 0) return;
        var text = run.ToString();
        if (!Remembered.TryGetValue(text, out var latin))
        {
            latin = _transliterator!.Transliterate(text);
            if (Volatile.Read(ref _remembered) < MaxRemembered && Remembered.TryAdd(text, latin)) Interlocked.Increment(ref _remembered);
        }
        result.Append(latin);
        run.Clear();
    }

    private static bool Load()
    {
        try
        {
            Wrapper.Init();
            using var probe = Transliterator.CreateInstance("Any-Latin; Latin-ASCII");
            return probe.Transliterate("\u0645") == "m";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException
                                      or FileLoadException or ArgumentException)
        {
            return false;
        }
    }
}
