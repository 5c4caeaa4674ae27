using CsCheck;
using Watchlist.Tests.Fuzz.Generators;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Small pieces the endpoint generators share.</summary>
public static class Build
{
    private static readonly KeyValuePair<string, string>[] NoHeaders = [];

    /// <summary>An id in a path: the worker's own target mostly, else another agency's, a random one, or not an id at all.</summary>
    public static Gen<string> Id(string own) => Gen.Frequency(
        (10, Gen.Const(own)),
        (1, Gen.Const("{foreign}")),
        (1, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.OneOf("abc", "%00", "00000000-0000-0000-0000-000000000000", "%2e%2e", "..%2F", "%E2%80%AE", "1", "-1",
            "ffffffff-ffff-ffff-ffff-fffffffffffff", "{" + Guid.Empty + "}", new string('9', 3_000))));

    public static Gen<FuzzCase> Case(string endpoint, string method, Gen<string> path, string role, Gen<Body?>? body = null,
        Gen<KeyValuePair<string, string>[]>? headers = null, Effect effect = Effect.None) =>
        Gen.Select(path, Caller.For(role), body ?? Gen.Const((Body?)null), headers ?? Gen.Const(NoHeaders),
            (p, caller, b, h) => new FuzzCase(endpoint, method, p, caller, b, h, effect));

    public static Gen<Body?> JsonBody(Json.Obj template, string contentType = "application/json") =>
        Bodies.From(template, contentType).Select(b => (Body?)b);

    public static Json.Str S(string value) => Generators.Json.S(value);

    public static Json.Arr A(params Json[] items) => Generators.Json.A(items);

    public static Json.Obj O(params (string, Json)[] members) => Generators.Json.O(members);
}
