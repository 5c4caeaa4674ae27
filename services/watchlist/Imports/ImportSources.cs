using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.WatchlistService.Imports;

/// <summary>Reads a dataset's files from the request: OFAC's three CSV parts, or the UN XML as the body or part <c>file</c>.</summary>
public static class ImportSources
{
    public const string OfacSdn = "ofac-sdn";
    public const string UnSc = "un-sc";
    public static readonly string[] Datasets = [OfacSdn, UnSc];

    /// <summary>The parsed entries, or a message saying which part is missing.</summary>
    public static async Task<(IReadOnlyList<ImportedEntry>? Entries, string? Missing)> ReadAsync(string dataset, HttpRequest request,
        string ownerAgency, IReadOnlyList<string> releasableTo, CancellationToken ct)
    {
        if (dataset == OfacSdn)
        {
            if (!request.HasFormContentType) return (null, "Send the OFAC files as multipart/form-data parts sdn, alt and add.");
            var form = await request.ReadFormAsync(ct);
            var missing = new[] { "sdn", "alt", "add" }.Where(p => form.Files[p] is null).ToList();
            if (missing.Count > 0)
                return (null, $"Missing multipart part(s): {string.Join(", ", missing)} (sdn.csv, alt.csv and add.csv).");
            await using var sdn = form.Files["sdn"]!.OpenReadStream();
            await using var alt = form.Files["alt"]!.OpenReadStream();
            await using var add = form.Files["add"]!.OpenReadStream();
            return (OfacSdnParser.Parse(sdn, alt, add, ownerAgency, releasableTo), null);
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files["file"] is not { } file) return (null, "Send the UN XML as the request body, or as multipart part 'file'.");
            await using var xml = file.OpenReadStream();
            return (UnConsolidatedParser.Parse(xml, ownerAgency, releasableTo), null);
        }
        // The XML reader is synchronous; buffer the body so that it never blocks a request thread on the network.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) return (null, "The request body is empty; send the UN consolidated list XML.");
        buffer.Position = 0;
        return (UnConsolidatedParser.Parse(buffer, ownerAgency, releasableTo), null);
    }
}
