using System.Net;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>Entries through /graphql: the same rules as REST (roles, versions, validation), with GraphQL error codes.</summary>
public sealed class EntryGraphQLTests(PlatformTest<EntryGraphQLTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EntryGraphQLTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS");

    private const string ListEntry =
        "mutation ($input: ListEntryInput!) { listEntry(input: $input) " +
        "{ id version status kind severity ownerAgency names { value type } lists } }";

    private const string Amend = """
        mutation ($id: ID!, $v: Int!, $input: AmendEntryInput!, $reason: String) {
          amendEntry(id: $id, expectedVersion: $v, input: $input, reason: $reason) { version remarks nationalities }
        }
        """;

    private static object Person(string name, string list = "gql-entries") => new
    {
        kind = "PERSON",
        names = new[] { new { value = name, type = "PRIMARY" } },
        category = "HUMAN_TRAFFICKING",
        action = "ARREST",
        lists = new[] { list },
        releasableTo = new[] { "*" },
    };

    private async Task<JsonElement> ListAsync(string name, string? correlationId = null) =>
        (await Admin.GraphQLAsync(ListEntry, new { input = Person(name) }, correlationId)).Ok().GetProperty("listEntry");

    private static string Id(JsonElement entry) => entry.GetProperty("id").GetString()!;

    [Fact]
    public async Task An_entry_listed_by_mutation_reads_back_with_its_history()
    {
        var listed = await ListAsync("Nguyễn Văn Hùng", correlationId: "gql-listing-1");
        Assert.Equal(1, listed.GetProperty("version").GetInt32());
        Assert.Equal("ACTIVE", listed.GetProperty("status").GetString());
        Assert.Equal("CRITICAL", listed.GetProperty("severity").GetString()); // the service's default for ARREST
        Assert.Equal("VN-MPS", listed.GetProperty("ownerAgency").GetString()); // from the forwarded token

        var read = (await Platform.Client("auditor").GraphQLAsync(
            "query ($id: ID!) { entry(id: $id) { id kind names { value type } " +
            "history { version type actor agency correlationId changes { field } } } }",
            new { id = Id(listed) })).Ok().GetProperty("entry");

        Assert.Equal(Id(listed), Id(read));
        Assert.Equal("PERSON", read.GetProperty("kind").GetString());
        Assert.Equal("Nguyễn Văn Hùng", read.GetProperty("names")[0].GetProperty("value").GetString());
        var change = Assert.Single(read.GetProperty("history").EnumerateArray());
        Assert.Equal("LISTED", change.GetProperty("type").GetString());
        Assert.Equal("test-admin", change.GetProperty("actor").GetString());
        Assert.Equal("gql-listing-1", change.GetProperty("correlationId").GetString()); // the caller's X-Correlation-ID reached the service
        Assert.Empty(change.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public async Task Amending_with_the_current_version_succeeds_and_a_stale_version_is_a_conflict()
    {
        var id = Id(await ListAsync("Trần Thị Mai"));

        var amended = (await Admin.GraphQLAsync(Amend,
            new { id, v = 1, input = new { remarks = "Seen at Mộc Bài", nationalities = new[] { "VNM" } }, reason = "new intelligence" }))
            .Ok().GetProperty("amendEntry");
        Assert.Equal(2, amended.GetProperty("version").GetInt32());
        Assert.Equal("Seen at Mộc Bài", amended.GetProperty("remarks").GetString());
        Assert.Equal("VN", amended.GetProperty("nationalities")[0].GetString());

        var stale = await Admin.GraphQLAsync(Amend, new { id, v = 1, input = new { remarks = "overwritten?" } });
        Assert.Equal("CONFLICT", stale.Code);
        Assert.Equal(JsonValueKind.Null, stale.Data.ValueKind);

        var history = (await Admin.GraphQLAsync(
            "query ($id: ID!) { entry(id: $id) { remarks history { type reason changes { field from to } } } }", new { id }))
            .Ok().GetProperty("entry");
        Assert.Equal("Seen at Mộc Bài", history.GetProperty("remarks").GetString()); // the stale change did not land
        var amendment = history.GetProperty("history")[1];
        Assert.Equal("AMENDED", amendment.GetProperty("type").GetString());
        Assert.Equal("new intelligence", amendment.GetProperty("reason").GetString());
        var remarks = amendment.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "remarks");
        Assert.Equal(JsonValueKind.Null, remarks.GetProperty("from").ValueKind);
        Assert.Equal("Seen at Mộc Bài", remarks.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Amending_a_field_to_null_clears_it_and_leaves_the_others()
    {
        var id = Id(await ListAsync("Lê Văn Tám"));
        (await Admin.GraphQLAsync(Amend, new { id, v = 1, input = new { remarks = "temporary", nationalities = new[] { "VN" } } })).Ok();

        var cleared = (await Admin.GraphQLAsync(Amend, new { id, v = 2, input = new Dictionary<string, object?> { ["remarks"] = null } }))
            .Ok().GetProperty("amendEntry");

        Assert.Equal(3, cleared.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("remarks").ValueKind);
        Assert.Equal("VN", cleared.GetProperty("nationalities")[0].GetString());
    }

    [Fact]
    public async Task Suspend_reinstate_and_delist_change_the_status_and_a_forbidden_transition_is_a_conflict()
    {
        var id = Id(await ListAsync("Phạm Văn Đồng"));
        const string change = """
            mutation ($id: ID!, $v: Int!, $reason: String!) {
              suspended: suspendEntry(id: $id, expectedVersion: $v, reason: $reason) { version status }
            }
            """;

        var suspended = (await Admin.GraphQLAsync(change, new { id, v = 1, reason = "under review" })).Ok().GetProperty("suspended");
        Assert.Equal((2, "SUSPENDED"), (suspended.GetProperty("version").GetInt32(), suspended.GetProperty("status").GetString()));
        var reinstated = (await Admin.GraphQLAsync(
            change.Replace("suspendEntry", "reinstateEntry"), new { id, v = 2, reason = "confirmed" })).Ok().GetProperty("suspended");
        Assert.Equal((3, "ACTIVE"), (reinstated.GetProperty("version").GetInt32(), reinstated.GetProperty("status").GetString()));
        var delisted = (await Admin.GraphQLAsync(change.Replace("suspendEntry", "delistEntry"), new { id, v = 3, reason = "court order" }))
            .Ok().GetProperty("suspended");
        Assert.Equal((4, "DELISTED"), (delisted.GetProperty("version").GetInt32(), delisted.GetProperty("status").GetString()));

        var again = await Admin.GraphQLAsync(change, new { id, v = 4, reason = "too late" });
        Assert.Equal("CONFLICT", again.Code);
        Assert.Contains("suspended", Assert.Single(again.Errors).GetProperty("message").GetString());

        var history = (await Admin.GraphQLAsync("query ($id: ID!) { entry(id: $id) { history { type reason } } }", new { id })).Ok();
        Assert.Equal(["LISTED", "SUSPENDED", "REINSTATED", "DELISTED"],
            history.GetProperty("entry").GetProperty("history").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task A_status_change_without_a_reason_is_bad_user_input_on_the_reason_field()
    {
        var id = Id(await ListAsync("Hoàng Văn Thụ"));
        var answer = await Admin.GraphQLAsync(
            "mutation ($id: ID!) { suspendEntry(id: $id, expectedVersion: 1, reason: \"  \") { version } }", new { id });

        Assert.Equal("BAD_USER_INPUT", answer.Code);
        Assert.True(answer.Extensions.GetProperty("fields").TryGetProperty("reason", out _), answer.ToString());
    }

    [Fact]
    public async Task Invalid_input_is_bad_user_input_naming_each_field()
    {
        var answer = await Admin.GraphQLAsync(ListEntry, new
        {
            input = new { kind = "PERSON", names = Array.Empty<object>(), nationalities = new[] { "XX" }, action = "ARREST" },
        });

        Assert.Equal("BAD_USER_INPUT", answer.Code);
        var fields = answer.Extensions.GetProperty("fields");
        Assert.Contains("at least one name", fields.GetProperty("names")[0].GetString());
        Assert.Contains("'XX'", fields.GetProperty("nationalities[0]")[0].GetString());
        Assert.Equal(JsonValueKind.Null, answer.Data.ValueKind);
    }

    [Fact]
    public async Task An_unknown_id_reads_as_null_without_an_error()
    {
        var answer = (await Admin.GraphQLAsync("query ($a: ID!, $b: ID!) { a: entry(id: $a) { id } b: entry(id: $b) { id } }",
            new { a = Guid.NewGuid(), b = "not-a-guid" })).Ok();

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("b").ValueKind);
    }

    [Fact]
    public async Task Changing_an_unknown_entry_is_not_found()
    {
        var answer = await Admin.GraphQLAsync(
            "mutation ($id: ID!) { delistEntry(id: $id, expectedVersion: 1, reason: \"gone\") { id } }", new { id = Guid.NewGuid() });
        Assert.Equal("NOT_FOUND", answer.Code);
    }

    [Fact]
    public async Task AsOf_returns_the_entry_exactly_as_it_was_then()
    {
        var id = Id(await ListAsync("Võ Thị Sáu"));
        await Task.Delay(100);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(100);
        (await Admin.GraphQLAsync(Amend, new { id, v = 1, input = new { remarks = "later fact" } })).Ok();

        var answer = (await Admin.GraphQLAsync(
            "query ($id: ID!, $then: DateTime) { then: entry(id: $id, asOf: $then) { version remarks } " +
            "now: entry(id: $id) { version remarks } }",
            new { id, then = between.ToString("O") })).Ok();

        Assert.Equal(1, answer.GetProperty("then").GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("then").GetProperty("remarks").ValueKind);
        Assert.Equal(2, answer.GetProperty("now").GetProperty("version").GetInt32());
        Assert.Equal("later fact", answer.GetProperty("now").GetProperty("remarks").GetString());
    }

    [Fact]
    public async Task Without_a_token_it_is_unauthenticated_and_with_a_bad_one_too()
    {
        var anonymous = await Platform.Client(role: null).GraphQLAsync("{ entries(first: 1) { edges { cursor } } }");
        Assert.Equal("UNAUTHENTICATED", anonymous.Code);

        var forged = Platform.Client(role: null);
        forged.DefaultRequestHeaders.Authorization = new(
            "Bearer", DevTokens.Issue("admin", key: "some-other-key-that-is-long-enough-for-hmac-sha256"));
        Assert.Equal("UNAUTHENTICATED", (await forged.GraphQLAsync(ListEntry, new { input = Person("Nobody") })).Code);
    }

    [Fact]
    public async Task An_officer_is_forbidden_to_read_or_list_entries()
    {
        var officer = Platform.Client("officer");
        Assert.Equal("FORBIDDEN", (await officer.GraphQLAsync("{ entries { edges { cursor } } }")).Code);
        Assert.Equal("FORBIDDEN", (await officer.GraphQLAsync(ListEntry, new { input = Person("Nobody") })).Code);
    }

    [Fact]
    public async Task An_admin_of_another_agency_is_forbidden_to_change_an_entry_it_does_not_own()
    {
        var id = Id(await ListAsync("Ngô Quyền"));
        var answer = await Platform.Client("admin", "KH-GDI").GraphQLAsync(Amend, new { id, v = 1, input = new { remarks = "not ours" } });

        Assert.Equal("FORBIDDEN", answer.Code);
        Assert.Contains("VN-MPS", Assert.Single(answer.Errors).GetProperty("message").GetString());
    }
}
