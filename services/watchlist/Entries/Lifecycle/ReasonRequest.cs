namespace Watchlist.WatchlistService.Entries.Lifecycle;

public sealed record ReasonRequest(string? Reason);

/// <summary>The body of a review: why the entry still stands, and the next review date.</summary>
public sealed record ReviewRequest(string? Reason, DateOnly? NextReviewBy);
