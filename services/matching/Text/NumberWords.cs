using System.Globalization;

namespace Watchlist.Matching;

/// <summary>
/// Numbers written as words or ordinals become digits, so "First Bank" meets "1st Bank", "Forty-Four" meets "44" and "Dos
/// Hermanos" meets "2 Hermanos": English, French, Spanish, Portuguese and German cardinals and ordinals, ordinal suffixes
/// (1st, 2nd, 3rd, 4th, 1er, 2do, 3º) and Roman numerals ending a name (Solutions II). Words that are also common name
/// parts in the populations screened (Vietnamese Ba, Bay, Nam, Tam; Korean Un; Chinese Xi; Russian Tri; Roman IV, VI,
/// IX, XI) are left alone.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10,
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9,
        ["dix"] = 10, ["premier"] = 1, ["premiere"] = 1, ["deuxieme"] = 2, ["troisieme"] = 3,
        ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8,
        ["nueve"] = 9, ["diez"] = 10, ["primero"] = 1, ["primera"] = 1, ["segundo"] = 2, ["segunda"] = 2, ["tercero"] = 3,
        ["tercera"] = 3, ["dois"] = 2, ["quatro"] = 4, ["primeiro"] = 1, ["primeira"] = 1,
        ["eins"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["funf"] = 5, ["fuenf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8,
        ["neun"] = 9, ["zehn"] = 10, ["erste"] = 1, ["erster"] = 1, ["zweite"] = 2, ["dritte"] = 3,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
    };

    private static readonly Dictionary<string, string> Roman = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["vii"] = "7", ["viii"] = "8", ["xii"] = "12",
    };

    public static string[] ToDigits(string[] tokens)
    {
        List<string>? result = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (value, used) = Parse(tokens, i);
            var replacement = used > 0 ? value.ToString(CultureInfo.InvariantCulture)
                : i == tokens.Length - 1 && i > 0 && Roman.TryGetValue(tokens[i], out var roman) ? roman
                : OrdinalSuffix(tokens[i]);
            if (replacement is null && result is null) continue;
            result ??= [.. tokens[..i]];
            result.Add(replacement ?? tokens[i]);
            if (used > 1) i += used - 1;
        }
        return result is null ? tokens : [.. result];
    }

    /// <summary>A run of number words from <paramref name="start"/>: its value and how many tokens it took (0: none).</summary>
    private static (long Value, int Used) Parse(string[] tokens, int start)
    {
        long total = 0, current = 0;
        var used = 0;
        for (var i = start; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (Units.TryGetValue(token, out var unit)) current += unit;
            else if (Tens.TryGetValue(token, out var ten)) current += ten;
            else if (token == "hundred" && used > 0) current *= 100;
            else if (token == "thousand" && used > 0)
            {
                total += current * 1000;
                current = 0;
            }
            else if (token == "and" && used > 0 && i + 1 < tokens.Length
                && (Units.ContainsKey(tokens[i + 1]) || Tens.ContainsKey(tokens[i + 1])))
            {
                used++;
                continue;
            }
            else break;
            used++;
        }
        return (total + current, used);
    }

    private static string? OrdinalSuffix(string token)
    {
        if (token.Length < 2 || !char.IsAsciiDigit(token[0])) return null;
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits])) digits++;
        return token[digits..] is "st" or "nd" or "rd" or "th" or "er" or "re" or "e" or "eme" or "do" or "da" or "ro" or "ra" or "to"
            or "ta" or "o" or "a" or "te" or "ter"
            ? token[..digits]
            : null;
    }
}
