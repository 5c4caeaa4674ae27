using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Entries: list, read, list filters, history, asOf, amend, lifecycle.</summary>
public static class EntryCases
{
    public static readonly Json.Obj Entry = O(
        ("kind", S("PERSON")),
        ("names", A(O(("value", S("Fuzz Person")), ("type", S("PRIMARY"))), O(("value", S("F. Person")), ("type", S("ALIAS"))))),
        ("birthDates", A(S("1980-05-12"))), ("gender", S("MALE")), ("nationalities", A(S("VNM"))),
        ("documents", A(O(("type", S("PASSPORT")), ("number", S("F1234567")), ("country", S("VN")), ("expiresOn", S("2030-01-01"))))),
        ("identifiers", A(O(("type", S("PHONE")), ("value", S("0901 234 567"))),
            O(("type", S("SOCIAL_HANDLE")), ("value", S("@fuzz.person")), ("platform", S("facebook"))))),
        ("lists", A(S("fuzz"))), ("category", S("HUMAN_TRAFFICKING")), ("action", S("SPECIFIC_CHECK")), ("severity", S("LOW")),
        ("ownerAgency", S("VN-MPS")), ("releasableTo", A(S("VN-MPS"))), ("validFrom", S("2026-01-01T00:00:00Z")),
            ("validUntil", new Json.Null()),
        ("reviewBy", S("2027-01-01")), ("source", O(("dataset", S("manual")), ("reference", S("FUZZ/1")))),
            ("remarks", S("listed by the fuzz suite")));

    private static readonly Json.Obj Patch = O(
        ("remarks", S("amended by the fuzz suite")), ("names", A(O(("value", S("Fuzz Target")), ("type", S("PRIMARY"))))),
        ("birthDates", A(S("1981"))), ("lists", A(S("fuzz"), S("fuzz-2"))), ("severity", S("HIGH")), ("reason", S("fuzz")));

    private static readonly Json.Obj Reason = O(("reason", S("fuzz")));
    private static readonly Json.Obj Review = O(("reason", S("still wanted")), ("nextReviewBy", S("2027-06-30")));

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("POST /api/entries", "POST", Gen.Const("/api/entries"), "admin", JsonBody(Entry), Headers.IdempotencyKey,
            Effect.ListsEntry);
        yield return Case("GET /api/entries", "GET",
            Queries.Of(("list", Queries.Junk), ("status", Gen.OneOf("ACTIVE", "active", "EXPIRED", "x")),
            ("kind", Gen.OneOf("PERSON", "person", "ALIEN")), ("q", Queries.Junk), ("limit", Queries.Limit), ("cursor", Queries.Cursor),
            ("reviewDue", Gen.OneOf("true", "false", "yes", "%00")), ("pending", Gen.OneOf("true", "false", "1", "%00")))
            .Select(q => "/api/entries" + q), "admin");
        yield return Case("GET /api/entries/{id}", "GET",
            Id("{entry}").Select(Queries.Of(("asOf", Queries.Date)), (id, q) => $"/api/entries/{id}{q}"), "admin");
        yield return Case("GET /api/entries/{id}/history", "GET", Id("{entry}").Select(id => $"/api/entries/{id}/history"), "auditor");
        yield return Case("PATCH /api/entries/{id}", "PATCH", Id("{entry}").Select(id => $"/api/entries/{id}"), "admin",
            Gen.OneOf(JsonBody(Patch, "application/merge-patch+json"), JsonBody(Patch)), Headers.IfMatch, Effect.ChangesEntry);
        foreach (var action in new[] { "suspend", "reinstate", "delist" })
            yield return Case($"POST /api/entries/{{id}}/{action}", "POST", Id("{entry}").Select(id => $"/api/entries/{id}/{action}"),
                "admin", JsonBody(Reason), Headers.IfMatch, Effect.ChangesEntry);
        yield return Case("POST /api/entries/{id}/review", "POST", Id("{entry}").Select(id => $"/api/entries/{id}/review"), "admin",
            JsonBody(Review), Headers.IfMatch, Effect.ChangesEntry);
    }
}
