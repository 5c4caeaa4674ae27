namespace Watchlist.Bench.Retro;

/// <summary>Made-up names, one per number and all different (the first word is a bijection of the number below 216,000).</summary>
public static class Names
{
    public static string Of(int i) => $"{Word(i)} {Word(i + 100_003)}";

    public static string Passport(int i) => $"R{i:D8}";

    private static string Word(int number)
    {
        var n = (int)((long)number * 2_654_435_761L % 216_000);
        var word = string.Concat(Enumerable.Range(0, 3)
            .Select(k => $"{"bdgklmnprstv"[n / (int)Math.Pow(60, k) % 12]}{"aeiou"[n / (int)Math.Pow(60, k) / 12 % 5]}"));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
