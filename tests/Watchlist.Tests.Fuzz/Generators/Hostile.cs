using CsCheck;

namespace Watchlist.Tests.Fuzz.Generators;

/// <summary>Text and values that careless or hostile clients send: the kinds issue 10 found, and their neighbours.</summary>
public static class Hostile
{
    private static readonly string[] Plain = ["NGUYEN VAN HUNG", "Nguyễn Văn Hùng", "Hung Nguyen", "C1234567", "VN-TSN", "x", ""];

    /// <summary>A character that PostgreSQL, JSON readers or terminals choke on.</summary>
    public static readonly Gen<string> Poison = Gen.OneOf(
        "\0",                                   // NUL: PostgreSQL text and jsonb cannot hold it
        "\ud800", "\udfff", "\udc00\ud800",     // lone and reversed surrogates
        "\u0001", "\u0008", "\u001f", "\u007f", // C0 controls and DEL
        "\u0080", "\u0085", "\u009b", "\u009f", // C1 controls (NEL, CSI)
        "\u001b[31m", "\u001b]0;owned\u0007",   // ANSI escapes
        "\u202e", "\u202d", "\u2066", "\u2069", // bidi overrides and isolates
        "\u200b", "\u200d", "\u200c", "\ufeff", // zero-width, ZWJ, ZWNJ, BOM
        "\ufffe", "\uffff", "\ufffd",           // non-characters and the replacement character
        "\r\n", "\t", "\u2028", "\u2029");      // line breaks that logs split on

    /// <summary>Text that is valid Unicode but means something to some interpreter downstream.</summary>
    private static readonly Gen<string> Injection = Gen.OneOf(
        "'; DROP TABLE mt_events; --", "\" OR 1=1 --", "{0}{1}", "%s%n%x", "${jndi:ldap://x}", "../../etc/passwd",
        "<script>alert(1)</script>", "{{7*7}}", "\\", "\"", "null", "true", "-0", "1e309", "NaN", "Infinity",
        "Z̵̡̢͎̈́a̸͎͊l̴̰̾g̷̟͐o̵̝͝", "ﷺ", "𒐫𒐫𒐫", "👨‍👩‍👧‍👦🏴‍☠️", "ゆ\u3099", "e\u0301", "\u0130", "ß", "ǅ", "ﬀ");

    /// <summary>Long text: up to the body limit and past it.</summary>
    private static readonly Gen<string> Huge = Gen.Frequency(
        (6, Gen.Int[1_000, 20_000].Select(n => new string('A', n))),
        (2, Gen.Int[100_000, 300_000].Select(n => new string('é', n))),
        (1, Gen.Const(new string('x', 1_100_000))));

    private static readonly Gen<string> Spliced =
        Gen.Select(Gen.OneOf(Plain), Poison, Gen.Int[0, 2], (plain, poison, at) => at switch
        {
            0 => poison + plain,
            1 => plain.Length == 0 ? poison : plain[..(plain.Length / 2)] + poison + plain[(plain.Length / 2)..],
            _ => plain + poison,
        });

    private static readonly Gen<string> Soup = Gen.String[Gen.Char[(char)0, (char)0x3000], 0, 40];

    /// <summary>A hostile string of any kind; mostly short, sometimes huge.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (8, Spliced), (4, Injection), (3, Soup), (1, Huge), (1, Gen.OneOf(Plain)));

    /// <summary>Numbers at and beyond the edges of every numeric type, as JSON literals.</summary>
    public static readonly Gen<Json> Number = Gen.OneOf<Json>(
        new Json.Num("0"), new Json.Num("-1"), new Json.Num("-0"), new Json.Num("2147483648"), new Json.Num("-2147483649"),
        new Json.Num("9223372036854775808"), new Json.Num("123456789012345678901234567890"), new Json.Num("1e309"),
        new Json.Num("-1e309"), new Json.Num("1e-400"), new Json.Num("0.5"), new Json.Num("1E+2"), new Json.Num("4.9e-324"));

    /// <summary>Arrays nested deeper than any reader's default limit (64) and far beyond.</summary>
    public static readonly Gen<Json> Deep = Gen.OneOf(16, 65, 200, 5_000)
        .Select(depth => (Json)new Json.Raw(new string('[', depth) + "1" + new string(']', depth)));

    /// <summary>Any value of the wrong kind for a field.</summary>
    public static readonly Gen<Json> Value = Gen.Frequency(
        (8, Text.Select(t => (Json)new Json.Str(t))),
        (1, Text.Select(t => (Json)new Json.Str(t, RawControls: true))),
        (3, Number),
        (2, Gen.OneOf<Json>(new Json.Bool(true), new Json.Bool(false), new Json.Null(), Json.A(), Json.O())),
        (2, Text.Select(t => (Json)Json.A(new Json.Str(t), new Json.Num("1"), new Json.Null()))),
        (1, Text.Select(t => (Json)Json.O(("value", new Json.Str(t)), ("$type", new Json.Str("Fuzz.Type, Fuzz"))))),
        (1, Deep));
}
