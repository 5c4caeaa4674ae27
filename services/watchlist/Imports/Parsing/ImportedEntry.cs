using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// One entry of a public list, mapped to our model. <paramref name="Reference"/> is the list's own stable key
/// (OFAC <c>ent_num</c>, UN <c>REFERENCE_NUMBER</c>): a re-import matches on it, so it never changes for an entry.
/// </summary>
public sealed record ImportedEntry(string Reference, EntryDetails Details);
