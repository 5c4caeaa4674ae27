using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marten;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Imports;

/// <summary>The real public lists, imported through the gateway: completely, idempotently, all or nothing.</summary>
public sealed class ListImportTests(PlatformTest<ListImportTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ListImportTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS");

    private static MultipartFormDataContent OfacParts(byte[]? sdnOverride = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var part in new[] { "sdn", "alt", "add" })
        {
            var bytes = part == "sdn" && sdnOverride is not null
                ? sdnOverride
                : File.ReadAllBytes(RepositoryFiles.PathOf($"data/ofac/{part}.csv"));
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, part, $"{part}.csv");
        }
        return form;
    }

    private static StreamContent UnXml(string path = "data/un/consolidated.xml")
    {
        var content = new StreamContent(File.OpenRead(RepositoryFiles.PathOf(path)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }

    private async Task<JsonElement> Import(string dataset, HttpContent content, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Admin.PostAsync($"/api/imports/{dataset}", content);
        var body = await response.Json();
        Assert.True(response.StatusCode == expected, $"{dataset}: {(int)response.StatusCode} {body}");
        return body;
    }

    [Fact]
    public async Task The_ofac_list_imports_completely_and_a_second_import_changes_nothing()
    {
        var watch = Stopwatch.StartNew();
        var first = await Import("ofac-sdn", OfacParts());
        var seconds = watch.Elapsed.TotalSeconds;

        Assert.Equal(8976, first.GetProperty("created").GetInt32());
        Assert.True(seconds < 120, $"the OFAC import took {seconds:F1} s");
        var again = await Import("ofac-sdn", OfacParts());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("amended").GetInt32());
        Assert.Equal(0, again.GetProperty("delisted").GetInt32());
        Assert.Equal(8976, again.GetProperty("unchanged").GetInt32());

        var page = await (await Admin.GetAsync("/api/entries?list=ofac-sdn&limit=5")).Json();
        var entry = page.GetProperty("items")[0];
        Assert.Equal("ofac-sdn", entry.GetProperty("source").GetProperty("dataset").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("source").GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task The_un_list_imports_completely_and_entries_missing_from_a_new_edition_are_delisted()
    {
        var first = await Import("un-sc", UnXml());
        Assert.Equal(1003, first.GetProperty("created").GetInt32());

        // A new edition without the first individual: only that entry changes, and it is delisted with a reason.
        var xml = await File.ReadAllTextAsync(RepositoryFiles.PathOf("data/un/consolidated.xml"));
        var start = xml.IndexOf("<INDIVIDUAL>", StringComparison.Ordinal);
        var end = xml.IndexOf("</INDIVIDUAL>", start, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        var removed = xml[start..end];
        var reference = removed.Split("<REFERENCE_NUMBER>")[1].Split("</REFERENCE_NUMBER>")[0].Trim();
        var edition = await Import("un-sc", new StringContent(xml.Remove(start, end - start), Encoding.UTF8, "application/xml"));

        Assert.Equal(0, edition.GetProperty("created").GetInt32());
        Assert.Equal(0, edition.GetProperty("amended").GetInt32());
        Assert.Equal(1, edition.GetProperty("delisted").GetInt32());
        var delisted = await (await Admin.GetAsync("/api/entries?list=un-sc&status=DELISTED")).Json();
        var item = Assert.Single(delisted.GetProperty("items").EnumerateArray());
        Assert.Equal(reference, item.GetProperty("source").GetProperty("reference").GetString());
        var history = await (await Admin.GetAsync($"/api/entries/{item.GetProperty("id").GetGuid()}/history")).Json();
        Assert.Equal("No longer on un-sc.", history[history.GetArrayLength() - 1].GetProperty("reason").GetString());

        // The full edition again: the entry comes back.
        var back = await Import("un-sc", UnXml());
        Assert.Equal(1, back.GetProperty("reinstated").GetInt32());
    }

    [Fact]
    public async Task A_corrupted_file_is_refused_with_the_line_at_fault_and_nothing_is_imported()
    {
        var sdn = File.ReadAllLines(RepositoryFiles.PathOf("data/ofac/sdn.csv"), Encoding.Latin1).Take(100).ToList();
        sdn.Insert(50, "12345,\"UNTERMINATED, quote");
        var bytes = Encoding.Latin1.GetBytes(string.Join("\r\n", sdn));
        var before = await ImportedCount("ofac-sdn");

        var refused = await Admin.PostAsync("/api/imports/ofac-sdn", OfacParts(bytes));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Contains("line", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var xmlRefused = await Admin.PostAsync(
            "/api/imports/un-sc", new StringContent("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.BadRequest, xmlRefused.StatusCode);
        Assert.Equal(before, await ImportedCount("ofac-sdn"));
    }

    private async Task<int> ImportedCount(string dataset)
    {
        await using var session = Platform.StoreOf(Platform.Watchlist).QuerySession();
        return await session.Query<Watchlist.WatchlistService.Entries.EntryView>().CountAsync(v => v.SourceDataset == dataset);
    }

    [Fact]
    public async Task Missing_parts_and_unknown_datasets_are_clear_4xx()
    {
        var partial = new MultipartFormDataContent { { new StringContent("x"), "sdn", "sdn.csv" } };
        var missing = await Admin.PostAsync("/api/imports/ofac-sdn", partial);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("alt", (await missing.Json()).GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.PostAsync("/api/imports/interpol", new StringContent(""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.Client("auditor").PostAsync("/api/imports/un-sc", UnXml())).StatusCode);
    }
}
