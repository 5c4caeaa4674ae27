using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Screening a post: the text is the hostile part, up to and past its limit of 100,000 characters.</summary>
public static class ContentCases
{
    private static readonly Json.Obj Post = O(
        ("content", O(("text", S("🔥 TUYỂN GẤP 20 NỮ, VIỆC NHẸ LƯƠNG CAO. LH chị Lan 0912.345.678 (Zalo), fb.com/viec.nhe.luong.cao, "
            + "t.me/viecnhe, zalo.me/0933123456, wa.me/855962345678, hr@xkld.com, www.xkld-hungthinh.com/dang-ky, "
            + "CÔNG TY TNHH XKLĐ HƯNG THỊNH, Golden Star Co., Ltd")),
            ("url", S("https://www.facebook.com/groups/123/posts/456")), ("platform", S("facebook")),
            ("observedAt", S("2026-12-01T08:00:00Z")), ("language", S("vi")))),
        ("context", O(("unit", S("VN-A05")))));

    /// <summary>Texts at and past the limit, and texts made only of what the finders look for.</summary>
    private static readonly Gen<Body?> Long = Gen.OneOf(
        Gen.Const(100_001), Gen.Const(100_000), Gen.Const(400_000)).Select(n => (Body?)Body.Of(O(
            ("content", O(("text", S(new string('9', n))))), ("context", O(("unit", S("VN-A05")))))));

    private static readonly Gen<Body?> Dense = Gen.OneOf(
        Gen.Const("0912 345 678 "), Gen.Const("@a "), Gen.Const("a@b.co "), Gen.Const("fb.com/x "), Gen.Const("Công ty TNHH A "),
        Gen.Const("LH anh A "), Gen.Const("1 "), Gen.Const("+")).SelectMany(unit => Gen.Int[1, 8_000].Select(times => (Body?)Body.Of(O(
            ("content", O(("text", S(string.Concat(Enumerable.Repeat(unit, times)))))), ("context", O(("unit", S("VN-A05"))))))));

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("POST /api/screenings/content", "POST", Gen.Const("/api/screenings/content"), "officer",
            Gen.Frequency((10, JsonBody(Post)), (1, Long), (2, Dense)), Headers.IdempotencyKey, Effect.Screens);
        yield return Case("GET /api/entries/{id}/links", "GET", Id("{entry}").Select(id => $"/api/entries/{id}/links"), "admin");
    }
}
