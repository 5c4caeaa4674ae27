using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

/// <summary>The real lists in the repository's <c>data/</c> folder, parsed once for all tests.</summary>
internal static class DataFiles
{
    public const string Owner = "PUBLIC";
    public static readonly IReadOnlyList<string> Everyone = ["*"];

    public static string Root { get; } = FindRoot();

    private static readonly Lazy<(IReadOnlyList<ImportedEntry> Entries, ImportReport Report)> ofac = new(() => ParseOfac());
    private static readonly Lazy<(IReadOnlyList<ImportedEntry> Entries, ImportReport Report)> un = new(() => ParseUn());

    public static IReadOnlyList<ImportedEntry> Ofac => ofac.Value.Entries;
    public static ImportReport OfacReport => ofac.Value.Report;
    public static IReadOnlyList<ImportedEntry> Un => un.Value.Entries;
    public static ImportReport UnReport => un.Value.Report;

    public static string PathOf(string relative) => Path.Combine(Root, "data", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static (IReadOnlyList<ImportedEntry> Entries, ImportReport Report) ParseOfac()
    {
        var report = new ImportReport();
        using var sdn = File.OpenRead(PathOf("ofac/sdn.csv"));
        using var alt = File.OpenRead(PathOf("ofac/alt.csv"));
        using var add = File.OpenRead(PathOf("ofac/add.csv"));
        return (OfacSdnParser.Parse(sdn, alt, add, Owner, Everyone, report), report);
    }

    public static (IReadOnlyList<ImportedEntry> Entries, ImportReport Report) ParseUn()
    {
        var report = new ImportReport();
        using var xml = File.OpenRead(PathOf("un/consolidated.xml"));
        return (UnConsolidatedParser.Parse(xml, Owner, Everyone, report), report);
    }

    /// <summary>Lines of a data file as written (OFAC's trailing end-of-file byte is not a line).</summary>
    public static int CountLines(string relative) =>
        File.ReadLines(PathOf(relative)).Count(l => l.Trim('\u001A', ' ').Length > 0);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Watchlist.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no Watchlist.sln above {AppContext.BaseDirectory}");
    }
}
