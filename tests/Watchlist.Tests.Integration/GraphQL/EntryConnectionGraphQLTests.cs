using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.GraphQL;

/// <summary>Query.entries: Relay paging over the REST list, filters, and the cursors of every edge.</summary>
public sealed class EntryConnectionGraphQLTests(PlatformTest<EntryConnectionGraphQLTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EntryConnectionGraphQLTests>(fixture, rabbit)
{
    private HttpClient Auditor => Platform.Client("auditor", "VN-MPS");

    private const string Page = """
        query ($filter: EntryFilter, $first: Int, $after: String) {
          entries(filter: $filter, first: $first, after: $after) {
            edges { cursor node { id names { value } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    /// <summary>Five entries on their own list, oldest first (the connection answers newest first).</summary>
    private async Task<List<Guid>> ListFiveAsync(string list)
    {
        var ids = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            var listed = await Platform.Client("admin").GraphQLAsync("""
                mutation ($input: ListEntryInput!) { listEntry(input: $input) { id } }
                """,
                new
                {
                    input = new
                    {
                        kind = "PERSON", names = new[] { new { value = $"Paging Person {i}", type = "PRIMARY" } }, action = "INFORM",
                        lists = new[] { list }
                    }
                });
            ids.Add(listed.Ok().GetProperty("listEntry").GetProperty("id").GetGuid());
        }
        return ids;
    }

    private async Task<JsonElement> PageAsync(object filter, int? first, string? after) =>
        (await Auditor.GraphQLAsync(Page, new { filter, first, after })).Ok().GetProperty("entries");

    private static List<Guid> Ids(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetGuid())];

    [Fact]
    public async Task First_and_after_walk_every_page_newest_first_and_endCursor_continues()
    {
        var ids = await ListFiveAsync("gql-paging");
        var filter = new { list = "gql-paging", kind = "PERSON", status = "ACTIVE" };

        var seen = new List<Guid>();
        var pages = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await PageAsync(filter, 2, after);
            pages.Add(page);
            seen.AddRange(Ids(page));
            var info = page.GetProperty("pageInfo");
            Assert.False(info.GetProperty("hasPreviousPage").GetBoolean());
            var edges = page.GetProperty("edges");
            Assert.Equal(edges[edges.GetArrayLength() - 1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), info.GetProperty("startCursor").GetString());
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        } while (after is not null && pages.Count < 10);

        Assert.Equal([2, 2, 1], pages.Select(p => p.GetProperty("edges").GetArrayLength()));
        Assert.Equal(Enumerable.Reverse(ids), seen);
    }

    [Fact]
    public async Task Resuming_after_any_edge_continues_right_after_that_entry()
    {
        var ids = await ListFiveAsync("gql-resume");
        var newestFirst = Enumerable.Reverse(ids).ToList();
        var filter = new { list = "gql-resume" };

        var first = await PageAsync(filter, 3, null);
        var middle = first.GetProperty("edges")[0].GetProperty("cursor").GetString();
        var fromMiddle = await PageAsync(filter, 3, middle);
        Assert.Equal(newestFirst.Skip(1).Take(3), Ids(fromMiddle));
        Assert.True(fromMiddle.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var lastEdge = (await PageAsync(filter, 10, null)).GetProperty("edges")[4].GetProperty("cursor").GetString();
        var afterTheEnd = await PageAsync(filter, 10, lastEdge);
        Assert.Empty(afterTheEnd.GetProperty("edges").EnumerateArray());
        Assert.False(afterTheEnd.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, afterTheEnd.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
    }

    [Fact]
    public async Task The_filter_q_matches_names_and_kind_excludes_other_kinds()
    {
        await ListFiveAsync("gql-filter");
        var byName = await PageAsync(new { list = "gql-filter", q = "paging person 3" }, null, null);
        Assert.Equal(
            ["Paging Person 3"],
            byName.GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node").GetProperty("names")[0].GetProperty("value").GetString()));

        var organisations = await PageAsync(new { list = "gql-filter", kind = "ORGANISATION" }, null, null);
        Assert.Empty(organisations.GetProperty("edges").EnumerateArray());
    }

    [Theory]
    [InlineData(0, null, "first")]
    [InlineData(501, null, "first")]
    [InlineData(5, "not-a-cursor", "after")]
    [InlineData(5, "~0", "after")]
    [InlineData(5, "abc~x", "after")]
    public async Task A_bad_first_or_after_is_bad_user_input_on_that_argument(int first, string? after, string field)
    {
        var answer = await Auditor.GraphQLAsync(Page, new { filter = new { list = "gql-none" }, first, after });

        Assert.Equal("BAD_USER_INPUT", answer.Code);
        Assert.True(answer.Extensions.GetProperty("fields").TryGetProperty(field, out _), answer.ToString());
    }
}
