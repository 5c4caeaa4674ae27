using System.Text;
using CsCheck;

namespace Watchlist.Tests.Fuzz.Generators;

/// <summary>Query-string values and headers as careless clients send them: percent-encoded poison, edge numbers, junk cursors and
/// dates.</summary>
public static class Queries
{
    /// <summary>Raw (already percent-encoded) query values, short enough that the server reads the request line.</summary>
    public static readonly Gen<string> Junk = Gen.Frequency(
        (4, Gen.OneOf("%00", "a%00b", "%FF", "%C0%80", "%ED%A0%80", "%E2%80%AE", "%1B%5B31m", "%0D%0AX-Injected:%201", "%", "%zz",
            "%25", "+", "%20", "..%2F..%2F", "'", "%22", "%3Cscript%3E", "a&b=c", "%EF%BB%BF", "%F4%90%80%80")),
        (3, Hostile.Text.Where(t => t.Length < 400).Select(Encode)),
        (1, Gen.Int[1_000, 3_000].Select(n => new string('a', n))));

    public static readonly Gen<string> Limit = Gen.Frequency(
        (2, Gen.OneOf("1", "50", "500")),
        (3, Gen.OneOf("0", "-1", "501", "2147483648", "99999999999999999999", "1e3", "1.5", "abc", "", "0x10", "%00", "5%00",
            " 5", "+5", "-0")),
        (1, Junk));

    public static readonly Gen<string> Cursor = Gen.Frequency(
        (2, Gen.OneOf("0", "1", "eyJ4IjoxfQ", "eyJ0aWNrcyI6LTEsImlkIjoiJyJ9", "AAAAAAAAAAAAAAAAAAAAAA", "-1", "18446744073709551616",
            "9223372036854775807", "null", "%2B%2F%3D", "====", "MDAwMDAwMDAwMDAwMDAwMDAwMA")),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 300]),
        (1, Junk));

    public static readonly Gen<string> Date = Gen.Frequency(
        (2, Gen.OneOf("2026-01-01T00:00:00Z", "2026-12-01")),
        (3, Gen.OneOf("0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2026-13-45T25:61:61Z", "yesterday", "1e10", "-1",
            "2026-01-01T00:00:00%2B14:00", "-0001-01-01", "10000-01-01", "2026-02-30", "1970-01-01T00:00:00Z", "0", "")),
        (1, Junk));

    /// <summary>A query string of these parameters, some repeated, some unknown, some left out.</summary>
    public static Gen<string> Of(params (string Name, Gen<string> Value)[] parameters) =>
        Gen.Select(
            Gen.Bool.Array[parameters.Length],
            Values(parameters),
            Gen.Frequency((6, Gen.Const("")), (1, Junk.Select(j => "&" + j + "=" + j)), (1, Gen.Const("&&=&a"))),
            (use, values, extra) =>
            {
                var pairs = parameters.Select((p, i) => use[i] ? $"{p.Name}={values[i]}" : null).Where(p => p is not null);
                var query = string.Join("&", pairs) + extra;
                return query.Length == 0 ? "" : "?" + query.TrimStart('&');
            });

    private static Gen<string[]> Values((string Name, Gen<string> Value)[] parameters) =>
        parameters.Aggregate(Gen.Const(Array.Empty<string>()), (acc, p) => acc.Select(p.Value, (a, v) => (string[])[.. a, v]));

    /// <summary>Percent-encodes UTF-8, writing a lone surrogate as the bytes a careless encoder writes for it (CESU-8).</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            byte[] bytes = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.Substring(i++, 2))
                : char.IsSurrogate(c) ? [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]
                : Encoding.UTF8.GetBytes(c.ToString());
            foreach (var b in bytes)
                encoded.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.'
                    ? ((char)b).ToString()
                    : $"%{b:X2}");
        }
        return encoded.ToString();
    }
}
