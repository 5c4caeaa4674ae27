using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Screening one traveller, a batch, and reading a screening record back.</summary>
public static class ScreeningCases
{
    private static readonly Json.Obj Traveller = O(
        ("name", S("NGUYEN VAN HUNG")), ("birthDate", S("1980-05-12")), ("gender", S("MALE")), ("nationality", S("VNM")),
        ("documents", A(O(("type", S("PASSPORT")), ("number", S("C1234567")), ("country", S("VNM"))))),
        ("identifiers", A(O(("type", S("PHONE")), ("value", S("0901 234 567"))))));

    private static readonly Json.Obj Context = O(("borderPost", S("VN-TSN")), ("direction", S("ENTRY")), ("flight", S("VN123")));

    private static readonly Json.Obj Screening = O(("traveller", Traveller), ("context", Context), ("asOf", new Json.Null()),
        ("limit", Json.N(10)));

    private static readonly Json.Obj Batch = O(("context", Context), ("travellers", A(
        new Json.Obj([("ref", S("pax-1")), .. Traveller.Members]),
        O(("ref", S("pax-2")), ("name", S("TRAN THI MAI")), ("birthDate", S("1990"))),
        O(("ref", S("pax-3")), ("documents", A(O(("type", S("PASSPORT")), ("number", S("B7654321")), ("country", S("KHM")))))))));

    /// <summary>Batches past the limit of 1,000 travellers, and of many small ones.</summary>
    private static readonly Gen<Body?> Oversized = Gen.OneOf(1_001, 1_000, 300).Select(n => (Body?)Body.Of(O(("context", Context),
        ("travellers", new Json.Arr(Enumerable.Range(0, n)
            .Select(i => (Json)O(("ref", S($"pax-{i}")), ("name", S($"PAX {i}")))).ToList())))));

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("POST /api/screenings", "POST", Gen.Const("/api/screenings"), "officer", JsonBody(Screening),
            Headers.IdempotencyKey, Effect.Screens);
        yield return Case("POST /api/screenings/batch", "POST", Gen.Const("/api/screenings/batch"), "officer",
            Gen.Frequency((12, JsonBody(Batch)), (1, Oversized)), Headers.IdempotencyKey, Effect.Screens);
        yield return Case("GET /api/screenings/{id}", "GET", Id("{screening}").Select(id => $"/api/screenings/{id}"), "auditor");
    }
}
