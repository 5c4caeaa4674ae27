namespace Watchlist.Matching;

/// <summary>Document-number forms: as printed, and as an OCR reader might confuse it.</summary>
internal static class DocumentNumber
{
    /// <summary>Too short for fuzzy reading: near-misses of short numbers are mostly other documents.</summary>
    public const int MinFuzzyLength = 6;

    /// <summary>Upper-case letters and digits only; spaces, dashes and MRZ fillers dropped.</summary>
    public static string Normalise(string? number)
    {
        if (string.IsNullOrEmpty(number)) return "";
        Span<char> buffer = number.Length <= 128 ? stackalloc char[number.Length] : new char[number.Length];
        var length = 0;
        foreach (var c in number)
        {
            if (c is >= '0' and <= '9' or >= 'A' and <= 'Z') buffer[length++] = c;
            else if (c is >= 'a' and <= 'z') buffer[length++] = (char)(c - 32);
        }
        return new string(buffer[..length]);
    }

    /// <summary>Maps each group of OCR-confusable characters (0/O, 1/I/L, 5/S, 8/B, 2/Z) to one.</summary>
    public static string OcrFold(string normalised) => string.Create(normalised.Length, normalised, static (target, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = source[i] switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                'S' => '5',
                'B' => '8',
                'Z' => '2',
                var c => c,
            };
        }
    });

    /// <summary>Each variant of the number with one pair of neighbouring characters swapped.</summary>
    public static IEnumerable<string> AdjacentTranspositions(string number)
    {
        for (var i = 0; i + 1 < number.Length; i++)
        {
            if (number[i] == number[i + 1]) continue;
            var swapped = number.ToCharArray();
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            yield return new string(swapped);
        }
    }

    public static bool IsAdjacentTransposition(string a, string b)
    {
        if (a.Length != b.Length) return false;
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i]
            && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }
}
