namespace Watchlist.Bench.Metrics;

/// <summary>One returned entry; <paramref name="IsMatch"/> when in the MATCH band (else REVIEW).</summary>
public readonly record struct Hit(Guid EntryId, bool IsMatch);
