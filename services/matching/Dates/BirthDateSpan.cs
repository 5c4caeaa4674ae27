namespace Watchlist.Matching;

/// <summary>A birth date as listed: one partial date, or a range of them ("circa 1975-1979").</summary>
internal readonly record struct BirthDateSpan(PartialDate From, PartialDate To)
{
    public bool IsRange => From != To;

    public override string ToString() => IsRange ? $"{From}/{To}" : From.ToString();

    /// <summary>Accepts a partial ISO date or a range written as A/B, A..B or YYYY-YYYY.</summary>
    public static BirthDateSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var span = text.AsSpan().Trim();
        var split = span.IndexOf("..", StringComparison.Ordinal);
        var separatorLength = 2;
        if (split < 0)
        {
            split = span.IndexOf('/');
            separatorLength = 1;
        }
        if (split < 0 && span.Length == 9 && span[4] == '-')
        {
            split = 4;
            separatorLength = 1;
        }
        if (split < 0) return PartialDate.Parse(span) is { } single ? new BirthDateSpan(single, single) : null;
        var from = PartialDate.Parse(span[..split]);
        var to = PartialDate.Parse(span[(split + separatorLength)..]);
        if (from is null || to is null) return null;
        return from.Value.Year <= to.Value.Year ? new BirthDateSpan(from.Value, to.Value) : new BirthDateSpan(to.Value, from.Value);
    }
}
