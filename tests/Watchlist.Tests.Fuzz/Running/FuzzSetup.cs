using System.Text.Json;
using Watchlist.Tests.Fuzz.Cases;
using Watchlist.Tests.Fuzz.Generators;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Fuzz.Cases.Build;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>Lists the targets through the gateway, as any client would: one set per worker, and one entry of another agency.</summary>
public static class FuzzSetup
{
    private static readonly string[] Surnames = ["Quarshie", "Abernethy", "Vukovic", "Okonkwo", "Lindqvist", "Tashkentova", "Marchetti",
        "Hollingsworth"];

    public static async Task<Targets> ListTargetsAsync(Sender sender, Ledger ledger, int workers)
    {
        var foreign = await ListAsync(sender, ledger, new Caller("admin", Caller.Other), "Foreign Only Karsavina", Caller.Other);
        var own = new List<WorkerTargets>();
        for (var w = 0; w < workers; w++)
        {
            var entry = await ListAsync(sender, ledger, new Caller("admin"), $"Own Target {Surnames[w % Surnames.Length]}", Caller.Home);
            var name = $"Zebulon {Surnames[w % Surnames.Length]} Fairweather";
            var passport = $"Z{w + 1000000}";
            var alerted = await ListAsync(sender, ledger, new Caller("admin"), name, Caller.Home, passport);
            var (screening, sent) = await ScreenUntilHitAsync(sender, ledger, name, passport, alerted);
            var subscription = await SubscribeAsync(sender, ledger);
            own.Add(new WorkerTargets(entry, await AlertOnAsync(sender, alerted, sent), subscription, screening));
        }
        return new Targets(foreign, own);
    }

    private static async Task<Guid> ListAsync(Sender sender, Ledger ledger, Caller admin, string name, string releasableTo,
        string passport = "X0000001")
    {
        // Low severity: its alert's SLA deadline lies beyond the run, so no escalation changes it behind the worker's back.
        var body = O(("kind", S("PERSON")), ("names", A(O(("value", S(name)), ("type", S("PRIMARY"))))), ("birthDates", A(S("1980-05-12"))),
            ("documents", A(O(("type", S("PASSPORT")), ("number", S(passport)), ("country", S("VN"))))), ("category", S("OTHER")),
            ("action", S("INFORM")), ("severity", S("LOW")), ("releasableTo", A(S(releasableTo))));
        var answer = await sender.SendAsync("POST", "/api/entries", admin, Body.Of(body), []);
        var id = Expect(answer, 201).GetProperty("id").GetGuid();
        ledger.Entry(id);
        return id;
    }

    /// <summary>A new entry is screenable within a second; until then a screening is clear (and recorded all the same). Returns the
    /// hitting screening and how many were sent: the clear ones become retro hits on the same alert.</summary>
    private static async Task<(Guid Id, int Sent)> ScreenUntilHitAsync(Sender sender, Ledger ledger, string name, string passport,
        Guid entry)
    {
        var traveller = O(("name", S(name)), ("birthDate", S("1980-05-12")), ("nationality", S("VNM")),
            ("documents", A(O(("type", S("PASSPORT")), ("number", S(passport)), ("country", S("VNM"))))));
        var body = O(("traveller", traveller), ("context", O(("borderPost", S("VN-TSN")), ("direction", S("ENTRY")))));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        for (var sent = 1; ; sent++)
        {
            var result = Expect(await sender.SendAsync("POST", "/api/screenings", new Caller("officer"), Body.Of(body), []), 200);
            var id = result.GetProperty("screeningId").GetGuid();
            ledger.Screening(id);
            if (result.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("entryId").GetGuid() == entry)) return (id, sent);
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Entry {entry} did not hit: {result}");
            await Task.Delay(100);
        }
    }

    private static async Task<Guid> SubscribeAsync(Sender sender, Ledger ledger)
    {
        var body = O(("name", S("fuzz target")), ("filter", O(("minSeverity", S("LOW")))));
        var answer = await sender.SendAsync("POST", "/api/subscriptions", new Caller("command-centre"), Body.Of(body), []);
        var id = Expect(answer, 201).GetProperty("id").GetGuid();
        ledger.Subscription(id);
        return id;
    }

    /// <summary>The alert once it has counted every screening sent: a clear screening's retro hit arrives when the entry's
    /// listing has reached the alerts service (through the forwarder, which may lag), and would otherwise change the alert
    /// behind a worker that checks a refused change left it alone.</summary>
    private static async Task<Guid> AlertOnAsync(Sender sender, Guid entry, int screenings)
    {
        var page = await Eventually.Until(() => sender.GetAsync($"/api/alerts?entryId={entry}", new Caller("command-centre")),
            a => a.Succeeded && a.Json()!.Value.GetProperty("items") is { } items && items.GetArrayLength() > 0
                && items[0].GetProperty("hitCount").GetInt32() >= screenings,
            $"the alert on entry {entry} with its {screenings} screenings counted", TimeSpan.FromSeconds(60));
        return page.Json()!.Value.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static JsonElement Expect(Answer answer, int status) =>
        answer.Code == status ? answer.Json()!.Value
            : throw new InvalidOperationException($"Setup expected {status}, got {answer.Code}: {answer.Text}");
}
