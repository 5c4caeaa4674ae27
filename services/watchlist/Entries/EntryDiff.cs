namespace Watchlist.WatchlistService.Entries;

/// <summary>Which details differ between two versions of an entry, by their API field names.</summary>
public static class EntryDiff
{
    private static readonly (string Field, Func<EntryDetails, object?> Read)[] Fields =
    [
        ("kind", d => d.Kind), ("names", d => d.Names), ("birthDates", d => d.BirthDates), ("gender", d => d.Gender),
        ("nationalities", d => d.Nationalities), ("documents", d => d.Documents), ("identifiers", d => d.Identifiers),
        ("lists", d => d.Lists), ("category", d => d.Category), ("action", d => d.Action), ("severity", d => d.Severity),
        ("ownerAgency", d => d.OwnerAgency), ("releasableTo", d => d.ReleasableTo), ("validFrom", d => d.ValidFrom),
        ("validUntil", d => d.ValidUntil), ("reviewBy", d => d.ReviewBy), ("source", d => d.Source), ("remarks", d => d.Remarks),
    ];

    public static IReadOnlyList<string> ChangedFields(EntryDetails before, EntryDetails after) =>
        Fields.Where(f => !Same(f.Read(before), f.Read(after))).Select(f => f.Field).ToList();

    public static object? Value(EntryDetails details, string field) => Fields.First(f => f.Field == field).Read(details);

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) when a is not string =>
            x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };
}
