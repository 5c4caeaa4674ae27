using System.Text.Json;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

internal static class ImportAssertions
{
    public static ImportedEntry Single(IReadOnlyList<ImportedEntry> entries, string reference) =>
        Assert.Single(entries, e => e.Reference == reference);

    public static IEnumerable<string> NamesOf(ImportedEntry entry, NameType type) =>
        entry.Details.Names.Where(n => n.Type == type).Select(n => n.Value);

    /// <summary>Records compare lists by reference; the JSON form compares what they hold, in order.</summary>
    public static string Canonical(IReadOnlyList<ImportedEntry> entries) => JsonSerializer.Serialize(entries);

    /// <summary>The fields every imported entry has, whatever the list.</summary>
    public static void HasImportDefaults(ImportedEntry entry, string dataset)
    {
        var d = entry.Details;
        Assert.Equal([dataset], d.Lists);
        Assert.Equal(new EntrySource(dataset, entry.Reference), d.Source);
        Assert.Equal(Category.Sanctions, d.Category);
        Assert.Equal(EntryAction.SpecificCheck, d.Action);
        Assert.Equal(Severity.Medium, d.Severity);
        Assert.Equal(DataFiles.Owner, d.OwnerAgency);
        Assert.Equal(["*"], d.ReleasableTo);
        Assert.Null(d.ValidUntil);
        Assert.Null(d.ReviewBy);
        Assert.Single(d.Names, n => n.Type == NameType.Primary);
        Assert.Equal(NameType.Primary, d.Names[0].Type);
        Assert.False(string.IsNullOrWhiteSpace(d.Remarks));
        Assert.True(d.Remarks!.Length <= 1200, $"{entry.Reference}: remark of {d.Remarks.Length} characters");
        Assert.All(d.BirthDates, b => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", b));
        Assert.Equal(d.Names.Count, d.Names.Select(n => n.Value.Normalize().ToUpperInvariant()).Distinct().Count());
    }
}
