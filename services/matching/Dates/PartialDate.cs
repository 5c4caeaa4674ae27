namespace Watchlist.Matching;

/// <summary>A date known to the year, the month or the day (0 = unknown part).</summary>
internal readonly record struct PartialDate(int Year, int Month, int Day)
{
    public bool HasMonth => Month > 0;

    public bool HasDay => Day > 0;

    public override string ToString() =>
        HasDay ? $"{Year:D4}-{Month:D2}-{Day:D2}" : HasMonth ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; anything else is not a date.</summary>
    public static PartialDate? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is not (4 or 7 or 10)) return null;
        if (!TryDigits(text[..4], out var year) || year < 1800 || year > 2200) return null;
        if (text.Length == 4) return new PartialDate(year, 0, 0);
        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12) return null;
        if (text.Length == 7) return new PartialDate(year, month, 0);
        if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new PartialDate(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
