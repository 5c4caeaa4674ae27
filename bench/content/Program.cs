using System.Text.Json;
using Watchlist.WatchlistService.Content.Extraction;

var command = args.FirstOrDefault() ?? "";
switch (command)
{
    case "extract":
        var region = args.Length > 1 ? args[1] : "VN";
        var items = PostExtractor.Extract(Console.In.ReadToEnd(), region);
        Console.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return 0;
    default:
        Console.Error.WriteLine("usage: extract [region] | generate <file> | measure <file>");
        return 2;
}
