using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Governance: list policies, four-eyes approval of entries and imports, review due, the impact dry run, the access log.</summary>
public static class GovernanceCases
{
    private static readonly Json.Obj Policy = O(
        ("fourEyes", new Json.Bool(false)), ("reviewEveryDays", new Json.Num("365")), ("autoSuspendOverdueDays", new Json.Num("90")),
        ("reason", S("set by the fuzz suite")));

    private static readonly Json.Obj Reason = O(("reason", S("checked by the fuzz suite")));

    private static readonly Gen<string> ListName = Gen.Frequency(
        (6, Gen.OneOf("fuzz-policy", "fuzz-policy-2")),
        (2, Queries.Junk),
        (1, Gen.OneOf("%20", "a%2Fb", "%2e%2e", new string('l', 101))));

    /// <summary>X-Purpose as auditors send it, forget it, or overdo it.</summary>
    private static readonly Gen<KeyValuePair<string, string>[]> Purposes = Gen.OneOf("fuzz audit", "", new string('p', 600), "%00")
        .Select(p => p.Length == 0 ? [] : (KeyValuePair<string, string>[])[new("X-Purpose", p)]);

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("PUT /api/lists/{list}", "PUT", ListName.Select(l => $"/api/lists/{l}"), "admin", JsonBody(Policy),
            Gen.Frequency((1, Headers.IfMatch), (1, Gen.Const<KeyValuePair<string, string>[]>([]))));
        yield return Case("GET /api/lists", "GET",
            Queries.Of(("limit", Queries.Limit), ("cursor", Queries.Cursor)).Select(q => "/api/lists" + q), "auditor");
        yield return Case("GET /api/lists/{list}", "GET", ListName.Select(l => $"/api/lists/{l}"), "admin");
        yield return Case("GET /api/lists/{list}/history", "GET", ListName.Select(l => $"/api/lists/{l}/history"), "auditor");
        foreach (var action in new[] { "approve", "reject" })
        {
            yield return Case($"POST /api/entries/{{id}}/{action}", "POST", Id("{entry}").Select(id => $"/api/entries/{id}/{action}"),
                "admin", JsonBody(Reason), Headers.IfMatch, Effect.ChangesEntry);
            yield return Case($"POST /api/imports/{{dataset}}/{action}", "POST",
                Gen.OneOf("un-sc", "ofac-sdn", "x", "%00").Select(d => $"/api/imports/{d}/{action}"), "admin", JsonBody(Reason));
        }
        yield return Case("GET /api/entries?reviewDue", "GET",
            Queries.Of(("reviewDue", Gen.OneOf("true", "TRUE", "1", "x")), ("withinDays", Gen.OneOf("0", "30", "-1", "3651", "x", "%00")),
                ("list", Queries.Junk), ("limit", Queries.Limit), ("cursor", Queries.Cursor)).Select(q => "/api/entries" + q), "admin");
        yield return Case("GET /api/access-log", "GET",
            Queries.Of(("subject", Queries.Junk), ("resource", Queries.Junk), ("from", Queries.Date), ("to", Queries.Date),
                ("limit", Queries.Limit), ("cursor", Queries.Cursor)).Select(q => "/api/access-log" + q), "auditor",
            headers: Purposes);
        yield return Case("POST /api/entries/impact", "POST", Gen.Const("/api/entries/impact"), "admin", JsonBody(EntryCases.Entry));
    }
}
