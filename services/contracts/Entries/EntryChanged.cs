namespace Watchlist.Contracts.Entries;

/// <summary>
/// An entry changed: amended, suspended, reinstated, reviewed or its validity changed.
/// <paramref name="ChangeType"/> is the API name of the change (AMENDED, SUSPENDED, …);
/// <paramref name="ChangedFields"/> names the details that differ (empty for a status change).
/// </summary>
public sealed record EntryChanged(EntrySnapshot Entry, string ChangeType, IReadOnlyList<string> ChangedFields, ChangeContext Change);
