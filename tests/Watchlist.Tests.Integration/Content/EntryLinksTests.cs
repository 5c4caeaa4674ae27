using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.Tests.Integration.Alerts;
using Watchlist.Tests.Integration.GraphQL;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Content;

/// <summary>GET /api/entries/{id}/links: the broker network, each link with what it shares, releasable as usual.</summary>
public sealed class EntryLinksTests(PlatformTest<EntryLinksTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<EntryLinksTests>(fixture, rabbit)
{
    private async Task<Guid> List(string name, object[] identifiers, string[] releasableTo, string agency = "VN-MPS",
        object[]? documents = null)
    {
        var response = await Platform.Client("admin", agency).PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = name, type = "PRIMARY" } },
            nationalities = new[] { "VN" },
            identifiers,
            documents = documents ?? [],
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Json()).GetProperty("id").GetGuid();
        await Platform.IndexedAsync(id);
        return id;
    }

    private async Task<Guid> ScreenPost(string text, string agency)
    {
        var url = $"https://facebook.com/groups/1/posts/{Guid.NewGuid():N}";
        var response = await Platform.Client("officer", agency).PostAsJsonAsync("/api/screenings/content",
            new { content = new { text, url }, context = new { unit = "VN-A05" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Json()).GetProperty("screeningId").GetGuid();
    }

    private static string Shared(JsonElement link) => string.Join(", ",
        link.GetProperty("shared").EnumerateArray()
            .Select(s => $"{s.GetProperty("type").GetString()} {s.GetProperty("value").GetString()}"));

    [Fact]
    public async Task An_entry_links_to_the_entries_and_posts_sharing_its_contacts_and_only_those_the_caller_may_see()
    {
        var broker = await List("Trần Văn Bình", [new { type = "PHONE", value = "+84912000111" },
            new { type = "SOCIAL_HANDLE", value = "viec.nhe.links", platform = "facebook" }], ["VN-MPS"],
            documents: [new { type = "PASSPORT", number = "C77-12345", country = "VN" }]);
        var partner = await List("Lê Thị Hoa", [new { type = "SOCIAL_HANDLE", value = "https://facebook.com/Viec.Nhe.Links" }],
            ["*"]);
        var sameDocument = await List("Binh Tran", [], ["VN-MPS"],
            documents: [new { type = "PASSPORT", number = "C7712345", country = "VN" }]);
        var hidden = await List("Phạm Văn Khải", [new { type = "PHONE", value = "+84912000111" }], ["KH-GDI"], agency: "KH-GDI");
        var stranger = await List("Nguyễn Văn Tư", [new { type = "PHONE", value = "+84912000999" }], ["*"]);
        var ours = await ScreenPost("Tuyển gấp! LH 0912 000 111 (Zalo) hoặc fb.com/viec.nhe.links", "VN-MPS");
        var theirs = await ScreenPost("LH 0912 000 111", "KH-GDI");
        await ScreenPost("LH 0912 000 999", "VN-MPS");

        var response = await Platform.Client("auditor", "VN-MPS").GetAsync($"/api/entries/{broker}/links");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = await response.Json();
        var entries = links.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("entryId").GetGuid());
        Assert.Equal([partner, sameDocument], entries.Keys.Order());
        Assert.Equal("SOCIAL_HANDLE viec.nhe.links", Shared(entries[partner]));
        Assert.Equal("DOCUMENT VN:C7712345", Shared(entries[sameDocument]));
        Assert.DoesNotContain(hidden.ToString(), links.GetRawText());
        Assert.DoesNotContain(stranger.ToString(), links.GetRawText());

        var observation = Assert.Single(links.GetProperty("observations").EnumerateArray());
        Assert.Equal(ours, observation.GetProperty("screeningId").GetGuid());
        Assert.Equal("PHONE +84912000111, SOCIAL_HANDLE viec.nhe.links", Shared(observation));
        Assert.DoesNotContain(theirs.ToString(), links.GetRawText());

        var graph = (await Platform.Client("admin", "VN-MPS").GraphQLAsync(
            "query($id: ID!) { entry(id: $id) { links { entries { entryId shared { type value } } observations { screeningId } } } }",
            new { id = broker })).Ok().GetProperty("entry").GetProperty("links");
        Assert.Equal([partner, sameDocument], graph.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("entryId").GetGuid())
            .Order());
        Assert.Equal([ours], graph.GetProperty("observations").EnumerateArray().Select(o => o.GetProperty("screeningId").GetGuid()));

        var foreign = await Platform.Client("admin", "TH-RTP").GetAsync($"/api/entries/{broker}/links");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("officer").GetAsync($"/api/entries/{broker}/links")).StatusCode);
    }
}
