using Watchlist.Matching.Text;

namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// The entry list's read model: the current state plus what listing filters on. Written in the
/// same transaction as the events, so a list never shows a version the stream does not have.
/// </summary>
public sealed record EntryView(
    Guid Id,
    Entry Entry,
    IReadOnlyList<string> Lists,
    string Status,
    string Kind,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? ValidUntil,
    string SearchText,
    string SortKey,
    string? SourceDataset,
    string? SourceReference,
    string? ReviewKey = null)
{
    /// <summary>
    /// reviewBy then the sort key ("2027-01-01-…"), so that comparing keys as text finds overdue entries and orders them oldest
    /// first; null without a review date. Views written before it existed have none until their entry next changes.
    /// </summary>
    public static string? ReviewKeyOf(Entry e) =>
        e.Details.ReviewBy is { } by ? $"{by:yyyy-MM-dd}-{e.ListedAt.UtcTicks:D19}-{e.Id:N}" : null;

    public static EntryView From(Entry e) => new(e.Id, e, e.Details.Lists, e.Status.ToString(), e.Details.Kind.ToString(),
        e.Details.OwnerAgency, e.Details.ReleasableTo, e.Details.ValidUntil,
        string.Join(" | ", e.Details.Names.Select(n => NameFolding.Fold(n.Value))),
        // Fixed width, so that comparing keys as text orders entries by listing time, then id.
        $"{e.ListedAt.UtcTicks:D19}-{e.Id:N}",
        e.Details.Source.Dataset, e.Details.Source.Reference, ReviewKeyOf(e));

    /// <summary>The view an entry's stream gives, for <c>./run.sh rebuild</c>.</summary>
    public static EntryView? Rebuilt(IReadOnlyList<object> events) =>
        EntryDecider.Fold(events.OfType<IEntryEvent>()) is { } entry ? From(entry) : null;
}
