using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>Subscriptions, their webhook status, and the notification feed as pages and as a stream.</summary>
public static class NotificationCases
{
    /// <summary>Webhook URLs point nowhere reachable (port 9 on loopback), so no case makes the platform call out.</summary>
    private static readonly Json.Obj Subscription = O(
        ("name", S("fuzz board")),
        ("filter", O(("borderPosts", A(S("VN-TSN"))), ("minSeverity", S("HIGH")), ("lists", A()), ("categories", A(S("HUMAN_TRAFFICKING"))),
            ("actions", A(S("ARREST"))), ("statuses", A(S("OPEN"))), ("units", A(S("VN-A05"))))),
        ("webhook", O(("url", S("http://127.0.0.1:9/hook")), ("secret", S("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")))));

    private static readonly Gen<string> Subscriptions = Gen.Frequency(
        (6, Gen.Const("{subscription}")), (1, Gen.Guid.Select(g => g.ToString())), (1, Queries.Junk));

    public static IEnumerable<Gen<FuzzCase>> All()
    {
        yield return Case("POST /api/subscriptions", "POST", Gen.Const("/api/subscriptions"), "command-centre", JsonBody(Subscription),
            effect: Effect.Subscribes);
        yield return Case("GET /api/subscriptions", "GET", Gen.Const("/api/subscriptions"), "command-centre");
        yield return Case("GET /api/subscriptions/{id}", "GET", Id("{subscription}").Select(id => $"/api/subscriptions/{id}"),
            "command-centre");
        yield return Case("DELETE /api/subscriptions/{id}", "DELETE", Gen.Frequency((1, Gen.Const("{subscription}")), (4, Id("{foreign}")))
            .Select(id => $"/api/subscriptions/{id}"), "command-centre", effect: Effect.Unsubscribes);
        yield return Case("GET /api/subscriptions/{id}/webhook", "GET",
            Id("{subscription}").Select(id => $"/api/subscriptions/{id}/webhook"), "command-centre");
        yield return Case("GET /api/subscriptions/{id}/webhook/dead-letters", "GET",
            Id("{subscription}").Select(id => $"/api/subscriptions/{id}/webhook/dead-letters"), "command-centre");
        yield return Case("GET /api/notifications", "GET", Queries.Of(("subscription", Subscriptions), ("after", Queries.Cursor),
            ("cursor", Queries.Cursor), ("limit", Queries.Limit)).Select(q => "/api/notifications" + q), "command-centre");
        yield return Case("GET /api/notifications/stream", "GET",
            Queries.Of(("subscription", Subscriptions)).Select(q => "/api/notifications/stream" + q),
            "command-centre", headers: Gen.Frequency((3, Gen.Const<KeyValuePair<string, string>[]>([])),
                (1, Queries.Cursor.Select(c => (KeyValuePair<string, string>[])[new("Last-Event-ID", c)]))));
    }
}
