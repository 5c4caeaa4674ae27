using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Governance;

/// <summary>
/// Four eyes through the gateway: an entry of a four-eyes list waits for a second admin of its agency and never hits until then,
/// live or retro; delisting waits too; the maker never checks; imports are checked as a whole.
/// </summary>
public sealed class FourEyesTests(PlatformTest<FourEyesTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<FourEyesTests>(fixture, rabbit)
{
    private const string List = "four-eyes-suspects";
    private HttpClient Maker => Platform.Client("admin", "VN-MPS", subject: "admin-maker");
    private HttpClient Checker => Platform.Client("admin", "VN-MPS", subject: "admin-checker");

    private async Task FourEyesOn(string list)
    {
        var response = await Maker.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/lists/{list}", null, new { fourEyes = true }));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)response.StatusCode}");
    }

    private async Task<JsonElement> ListAsync(string name, string list = List)
    {
        var response = await Maker.PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON", names = new[] { new { value = name, type = "PRIMARY" } }, birthDates = new[] { "1980-05-12" },
            lists = new[] { list }, category = "HUMAN_TRAFFICKING", action = "ARREST", releasableTo = new[] { "*" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Json();
    }

    private static Task<HttpResponseMessage> Act(HttpClient client, Guid id, string action, int version, string reason = "checked") =>
        client.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/{action}", version, new { reason }));

    /// <summary>
    /// The entries a traveller of this name hits. "Never hits" is about this entry: the class's other entries have generated
    /// names too, and one of them may be alike enough for a REVIEW, so the overall decision says nothing about this one.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> HitsFor(string name) =>
        [.. (await ScreenAsync(name)).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entryId").GetGuid())];

    private async Task<string> DecisionFor(string name) => (await ScreenAsync(name)).GetProperty("decision").GetString()!;

    private async Task<JsonElement> ScreenAsync(string name)
    {
        var response = await Platform.Client("officer", "VN-MPS", subject: "officer-4e").PostAsJsonAsync("/api/screenings", new
        {
            traveller = new { name = name.ToUpperInvariant(), birthDate = "1980-05-12" },
            context = new { borderPost = "VN-4EYES", direction = "ENTRY" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Json();
    }

    [Fact]
    public async Task A_pending_entry_never_hits_the_maker_cannot_approve_and_a_second_admin_makes_it_active()
    {
        await FourEyesOn(List);
        var name = RetroFlows.Name("four-eyes-approve", 1);
        var listed = await ListAsync(name);
        var id = listed.GetProperty("id").GetGuid();
        Assert.Equal("PENDING_APPROVAL", listed.GetProperty("status").GetString());
        await Platform.IndexedAsync(id);
        Assert.DoesNotContain(id, await HitsFor(name));

        var byMaker = await Act(Maker, id, "approve", 1);
        Assert.Equal(HttpStatusCode.Forbidden, byMaker.StatusCode);
        Assert.Equal("application/problem+json", byMaker.Content.Headers.ContentType?.MediaType);
        // Released to everyone, so another agency's admin sees it, but only the owning agency's admins check it.
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(Platform.Client("admin", "TH-RTP", "admin-th"), id, "approve", 1)).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await Checker.PostAsJsonAsync($"/api/entries/{id}/approve", new { reason = "ok" })).StatusCode);

        var approved = await Act(Checker, id, "approve", 1, "sources verified");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("ACTIVE", (await approved.Json()).GetProperty("status").GetString());
        await Platform.IndexedAsync(id);
        Assert.Equal("MATCH", await DecisionFor(name));

        var history = await (await Platform.Client("auditor").GetAsync($"/api/entries/{id}/history")).Json();
        Assert.Equal("LISTED", history[0].GetProperty("type").GetString());
        Assert.Equal("admin-maker", history[0].GetProperty("actor").GetString());
        Assert.Equal("APPROVED", history[1].GetProperty("type").GetString());
        Assert.Equal("admin-checker", history[1].GetProperty("actor").GetString());
        Assert.Equal("sources verified", history[1].GetProperty("reason").GetString());
        Assert.Equal("PENDING_APPROVAL", history[1].GetProperty("changes").GetProperty("status").GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_rejected_entry_is_final_and_never_hits()
    {
        await FourEyesOn(List);
        var name = RetroFlows.Name("four-eyes-reject", 1);
        var id = (await ListAsync(name)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await Act(Maker, id, "reject", 1)).StatusCode);
        var rejected = await Act(Checker, id, "reject", 1, "no legal basis");
        Assert.Equal("REJECTED", (await rejected.Json()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Act(Checker, id, "approve", 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Act(Checker, id, "reinstate", 2)).StatusCode);
        await Platform.IndexedAsync(id);
        Assert.DoesNotContain(id, await HitsFor(name));
    }

    [Fact]
    public async Task A_delisting_waits_for_a_second_admin_and_the_entry_hits_until_then()
    {
        await FourEyesOn(List);
        var name = RetroFlows.Name("four-eyes-delist", 1);
        var id = (await ListAsync(name)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await Act(Checker, id, "approve", 1)).StatusCode);

        var requested = await Act(Maker, id, "delist", 2, "no longer wanted");
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal("ACTIVE", (await requested.Json()).GetProperty("status").GetString());
        await Platform.IndexedAsync(id);
        Assert.Equal("MATCH", await DecisionFor(name));
        Assert.Equal(HttpStatusCode.Conflict, (await Act(Checker, id, "delist", 3)).StatusCode); // one request at a time
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(Maker, id, "approve", 3)).StatusCode);
        // The request is listed among what waits for a second admin, with its maker (who may not approve it).
        var waiting = await (await Checker.GetAsync($"/api/entries?pending=true&list={List}&limit=500")).Json();
        var request = waiting.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.Equal("DELISTING", request.GetProperty("pending").GetProperty("kind").GetString());
        Assert.Equal(["admin-maker"], request.GetProperty("pending").GetProperty("makers").EnumerateArray().Select(m => m.GetString()));

        var delisted = await Act(Checker, id, "approve", 3, "confirmed");
        Assert.Equal("DELISTED", (await delisted.Json()).GetProperty("status").GetString());
        var after = await (await Checker.GetAsync($"/api/entries?pending=true&list={List}&limit=500")).Json();
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        await Platform.IndexedAsync(id);
        Assert.DoesNotContain(id, await HitsFor(name));
        var history = await (await Maker.GetAsync($"/api/entries/{id}/history")).Json();
        Assert.Equal("DELISTING_REQUESTED", history[2].GetProperty("type").GetString());
        Assert.Equal("admin-maker", history[2].GetProperty("actor").GetString());
        Assert.Equal("DELISTED", history[3].GetProperty("type").GetString());
        Assert.Equal("admin-checker", history[3].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Retro_screening_ignores_a_pending_entry_and_finds_the_traveller_once_it_is_approved()
    {
        await FourEyesOn("four-eyes-retro");
        var (pendingName, plainName) = (RetroFlows.Name("four-eyes-retro", 1), RetroFlows.Name("four-eyes-retro", 2));
        await Platform.ScreenManifestAsync([(pendingName, "B1000001"), (plainName, "B1000002")], "VN-4E-RETRO");

        var pending = (await ListAsync(pendingName, "four-eyes-retro")).GetProperty("id").GetGuid();
        var plain = (await ListAsync(plainName, "ordinary-list")).GetProperty("id").GetGuid();
        // The ordinary entry, listed after the pending one, is re-screened into an alert: retro has seen the pending one by now.
        await Platform.AlertsUntilAsync(plain, a => a.Length == 1, "the retro alert of the ordinary entry");
        Assert.Empty(await Platform.AlertsOfAsync(pending));

        var approved = await (await Act(Checker, pending, "approve", 1)).Json();
        var alerts = await Platform.AlertsUntilAsync(pending, a => a.Length == 1, "the retro alert once approved");
        Assert.True(alerts[0].GetProperty("raisedAt").GetDateTimeOffset() >= approved.GetProperty("changedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task GraphQL_approves_and_rejects_and_tells_the_maker_forbidden()
    {
        await FourEyesOn(List);
        var first = (await ListAsync(RetroFlows.Name("four-eyes-gql", 1))).GetProperty("id").GetGuid();
        var second = (await ListAsync(RetroFlows.Name("four-eyes-gql", 2))).GetProperty("id").GetGuid();
        const string Approve = "mutation ($id: ID!) { approveEntry(id: $id, expectedVersion: 1, reason: \"ok\") { status version } }";
        const string Reject = "mutation ($id: ID!) { rejectEntry(id: $id, expectedVersion: 1, reason: \"no\") { status } }";

        Assert.Equal("FORBIDDEN", (await Maker.GraphQLAsync(Approve, new { id = first })).Code);
        var approved = (await Checker.GraphQLAsync(Approve, new { id = first })).Ok().GetProperty("approveEntry");
        Assert.Equal("ACTIVE", approved.GetProperty("status").GetString());
        var rejected = (await Checker.GraphQLAsync(Reject, new { id = second })).Ok().GetProperty("rejectEntry");
        Assert.Equal("REJECTED", rejected.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_import_into_a_four_eyes_list_is_approved_as_a_whole_by_a_second_admin()
    {
        await FourEyesOn("un-sc");
        var xml = await File.ReadAllTextAsync(RepositoryFiles.PathOf("data/un/consolidated.xml"));
        string Edition(int skip, int take)
        {
            var individuals = xml.Split("<INDIVIDUAL>").Skip(1 + skip).Take(take).Select(i => "<INDIVIDUAL>" + i.Split("</INDIVIDUAL>")[0]);
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST><INDIVIDUALS>" +
                string.Concat(individuals.Select(i => i + "</INDIVIDUAL>")) + "</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>";
        }
        Task<HttpResponseMessage> Import(string edition) =>
            Maker.PostAsync("/api/imports/un-sc", new StringContent(edition, Encoding.UTF8, "application/xml"));
        Task<HttpResponseMessage> Decide(HttpClient client, string action) =>
            client.PostAsJsonAsync($"/api/imports/un-sc/{action}", new { reason = "edition checked" });
        async Task<string[]> Statuses() => [.. (await (await Maker.GetAsync("/api/entries?list=un-sc")).Json()).GetProperty("items")
            .EnumerateArray().Select(e => e.GetProperty("status").GetString()!)];

        var imported = await Import(Edition(0, 3));
        Assert.Equal(3, (await imported.Json()).GetProperty("created").GetInt32());
        Assert.All(await Statuses(), s => Assert.Equal("PENDING_APPROVAL", s));
        Assert.Equal(HttpStatusCode.Forbidden, (await Decide(Maker, "approve")).StatusCode);
        var approval = await (await Decide(Checker, "approve")).Json();
        Assert.Equal(3, approval.GetProperty("listings").GetInt32());
        Assert.All(await Statuses(), s => Assert.Equal("ACTIVE", s));
        Assert.Equal(0, (await (await Decide(Checker, "approve")).Json()).GetProperty("listings").GetInt32()); // a retry: nothing left

        // An edition without the first individual asks for its delisting; the entry stays active until it is approved.
        Assert.Equal(1, (await (await Import(Edition(1, 2))).Json()).GetProperty("delisted").GetInt32());
        Assert.All(await Statuses(), s => Assert.Equal("ACTIVE", s));
        Assert.Equal(1, (await (await Decide(Checker, "approve")).Json()).GetProperty("delistings").GetInt32());
        Assert.Equal(["ACTIVE", "ACTIVE", "DELISTED"], (await Statuses()).Order().ToArray());
    }
}
