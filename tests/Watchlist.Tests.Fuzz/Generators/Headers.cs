using CsCheck;

namespace Watchlist.Tests.Fuzz.Generators;

/// <summary>If-Match and Idempotency-Key as clients get them wrong. "{version}" is the target's current version, filled in at run
/// time.</summary>
public static class Headers
{
    public static readonly Gen<KeyValuePair<string, string>[]> IfMatch = Gen.Frequency(
        (6, Gen.Const<KeyValuePair<string, string>[]>([new("If-Match", "\"{version}\"")])),
        (1, Gen.Const<KeyValuePair<string, string>[]>([])),
        (3, Gen.OneOf("", "*", "\"\"", "\"abc\"", "W/\"{version}\"", "{version}", "\"-1\"", "\"0\"", "\"99999999999\"", "\"2147483647\"",
                "\"{version}\", \"1\"", "\"1\"", "\"{version}0\"", "\" {version}\"", "\"{version}", "'{version}'", "\"1e2\"", "\"٣\"",
                "\"{version}\"\"")
            .Select(v => (KeyValuePair<string, string>[])[new("If-Match", v)])));

    public static readonly Gen<KeyValuePair<string, string>[]> IdempotencyKey = Gen.Frequency(
        (4, Gen.Const<KeyValuePair<string, string>[]>([])),
        (2, Gen.Int[0, 20].Select(n => (KeyValuePair<string, string>[])[new("Idempotency-Key", $"fuzz-key-{n}")])),
        (2, Gen.OneOf("", " ", "a", new string('k', 300), new string('k', 5_000), "ключ", "ﷺ", "key with spaces", "\"quoted\"",
                "a,b", "%00")
            .Select(v => (KeyValuePair<string, string>[])[new("Idempotency-Key", v)])));
}
