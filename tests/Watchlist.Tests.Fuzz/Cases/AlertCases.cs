using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Alerts: the board's filters, one alert, its history, every lifecycle action, and remembered false positives.</summary>
public static class AlertCases
{
    private static readonly (string Action, Json.Obj Body)[] Actions =
    [
        ("acknowledge", O()),
        ("assign", O(("assignee", S("officer-7")))),
        ("escalate", O(("reason", S("needs a supervisor")))),
        ("comment", O(("text", S("checked the passport")))),
        ("resolve", O(("outcome", S("FALSE_POSITIVE")), ("note", S("different person")))),
        ("reopen", O(("reason", S("new information")))),
    ];

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("GET /api/alerts", "GET",
            Queries.Of(("status", Gen.OneOf("OPEN", "open", "RESOLVED", "x")), ("borderPost", Queries.Junk),
            ("severity", Gen.OneOf("HIGH", "high", "SEVERE")), ("entryId", Gen.OneOf(Queries.Junk, Gen.Guid.Select(g => g.ToString()))),
            ("list", Queries.Junk), ("category", Queries.Junk), ("action", Queries.Junk),
            ("limit", Queries.Limit), ("cursor", Queries.Cursor)).Select(q => "/api/alerts" + q), "command-centre");
        yield return Case("GET /api/alerts/{id}", "GET", Id("{alert}").Select(id => $"/api/alerts/{id}"), "command-centre");
        yield return Case("GET /api/alerts/{id}/history", "GET", Id("{alert}").Select(id => $"/api/alerts/{id}/history"), "command-centre");
        foreach (var (action, body) in Actions)
            yield return Case($"POST /api/alerts/{{id}}/{action}", "POST", Id("{alert}").Select(id => $"/api/alerts/{id}/{action}"),
                "command-centre", JsonBody(body), Headers.IfMatch, Effect.ChangesAlert);
        yield return Case("GET /api/alerts/false-positives", "GET",
            Queries.Of(("limit", Queries.Limit), ("cursor", Queries.Cursor)).Select(q => "/api/alerts/false-positives" + q),
            "command-centre");
        yield return Case("DELETE /api/alerts/false-positives/{id}", "DELETE",
            Id("{foreign}").Select(id => $"/api/alerts/false-positives/{id}"), "command-centre");
    }
}
