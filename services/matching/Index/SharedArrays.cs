namespace Watchlist.Matching;

/// <summary>
/// One array instance for every entry with the same single birth date or the same nationalities. Entries are immutable, so
/// they can share: at a million entries that is a few tens of thousands of arrays instead of two million. Writer only.
/// </summary>
internal sealed class SharedArrays
{
    private readonly Dictionary<BirthDateSpan, BirthDateSpan[]> _birthDates = [];
    private readonly Dictionary<string, string[]> _nationalities = new(StringComparer.Ordinal);

    /// <summary>Several spans are rare and vary; only the usual single one is shared.</summary>
    public BirthDateSpan[] Of(BirthDateSpan[] spans)
    {
        if (spans.Length != 1) return spans;
        if (_birthDates.TryGetValue(spans[0], out var shared)) return shared;
        _birthDates[spans[0]] = spans;
        return spans;
    }

    public string[] Of(string[] codes)
    {
        if (codes.Length == 0) return codes;
        var key = codes.Length == 1 ? codes[0] : string.Join(',', codes);
        if (_nationalities.TryGetValue(key, out var shared)) return shared;
        _nationalities[key] = codes;
        return codes;
    }
}
