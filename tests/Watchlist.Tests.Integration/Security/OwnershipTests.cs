using System.Net;
using System.Net.Http.Json;
using System.Text;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Security;

/// <summary>
/// The owner of an entry is always the caller's own agency claim (issue 10, finding 2): on REST, on GraphQL and on
/// imports, a body naming another agency, real or made up, owns nothing, and one agency's import never touches another's.
/// </summary>
public sealed class OwnershipTests(PlatformTest<OwnershipTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<OwnershipTests>(fixture, rabbit)
{
    private HttpClient KhAdmin => Platform.Client("admin", "KH-GDI");

    private static object Person(string name, string? ownerAgency) => new
    {
        kind = "PERSON",
        names = new[] { new { value = name, type = "PRIMARY" } },
        lists = new[] { "ownership" },
        category = "HUMAN_TRAFFICKING",
        action = "ARREST",
        ownerAgency,
        releasableTo = new[] { "*" },
    };

    [Theory]
    [InlineData("VN-MPS")]
    [InlineData("ALIEN")]
    [InlineData("kh-gdi")]
    public async Task A_rest_body_naming_another_owner_is_a_403_and_lists_nothing(string forged)
    {
        var name = $"{AlertFlows.RandomSurname()} Sokha";
        var response = await KhAdmin.PostAsJsonAsync("/api/entries", Person(name, forged));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("KH-GDI", (await response.Json()).GetProperty("detail").GetString());
        await AssertNothingListedAsync(name);
    }

    [Fact]
    public async Task A_graphql_listing_naming_another_owner_is_forbidden_and_lists_nothing()
    {
        var name = $"{AlertFlows.RandomSurname()} Dara";
        var answer = await KhAdmin.GraphQLAsync("mutation ($input: ListEntryInput!) { listEntry(input: $input) { id ownerAgency } }",
            new { input = Person(name, "VN-MPS") });

        Assert.Equal("FORBIDDEN", answer.Code);
        await AssertNothingListedAsync(name);
    }

    [Fact]
    public async Task The_callers_own_agency_or_none_is_the_owner()
    {
        var named = await (await KhAdmin.PostAsJsonAsync("/api/entries", Person("Chan Sophea", "KH-GDI"))).Json();
        var omitted = await (await KhAdmin.PostAsJsonAsync("/api/entries", Person("Chan Sophal", null))).Json();

        Assert.Equal("KH-GDI", named.GetProperty("ownerAgency").GetString());
        Assert.Equal("KH-GDI", omitted.GetProperty("ownerAgency").GetString());
    }

    [Fact]
    public async Task An_import_belongs_to_the_importing_agency_and_leaves_another_agencys_copy_alone()
    {
        var vn = await Platform.Client("admin", "VN-MPS").PostAsync("/api/imports/un-sc", UnEdition(individuals: 2));
        Assert.Equal(HttpStatusCode.OK, vn.StatusCode);
        var kh = await KhAdmin.PostAsync("/api/imports/un-sc", UnEdition(individuals: 1));
        Assert.True(kh.StatusCode == HttpStatusCode.OK, await kh.Content.ReadAsStringAsync());
        var khSummary = await kh.Json();

        Assert.Equal(1, khSummary.GetProperty("created").GetInt32()); // its own entry, not an amendment of VN's
        Assert.Equal(0, khSummary.GetProperty("delisted").GetInt32()); // VN's second entry is not KH's to delist
        var entries = (await (await Platform.Client("auditor").GetAsync("/api/entries?list=un-sc&limit=500")).Json())
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            2, entries.Count(e => e.GetProperty("ownerAgency").GetString() == "VN-MPS" && e.GetProperty("status").GetString() == "ACTIVE"));
        Assert.Equal(1, entries.Count(e => e.GetProperty("ownerAgency").GetString() == "KH-GDI"));
    }

    /// <summary>The first individuals of the real UN list, as a new edition would carry them.</summary>
    private static StringContent UnEdition(int individuals)
    {
        var xml = File.ReadAllText(RepositoryFiles.PathOf("data/un/consolidated.xml"));
        var members = new StringBuilder();
        var at = 0;
        for (var i = 0; i < individuals; i++)
        {
            var start = xml.IndexOf("<INDIVIDUAL>", at, StringComparison.Ordinal);
            at = xml.IndexOf("</INDIVIDUAL>", start, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
            members.Append(xml[start..at]);
        }
        return new StringContent(
            $"<CONSOLIDATED_LIST><INDIVIDUALS>{members}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>", Encoding.UTF8, "application/xml");
    }

    private async Task AssertNothingListedAsync(string name)
    {
        foreach (var agency in new[] { "KH-GDI", "VN-MPS" })
        {
            var page = await (await Platform.Client("auditor", agency).GetAsync($"/api/entries?q={Uri.EscapeDataString(name)}")).Json();
            Assert.Empty(page.GetProperty("items").EnumerateArray());
        }
    }
}
