namespace Watchlist.WatchlistService.Entries.Lifecycle;

/// <summary>Suspend, reinstate and delist: each needs If-Match and a reason that the history keeps.</summary>
public static class LifecycleEndpoints
{
    public static Task<IResult> Suspend(Guid id, ReasonRequest body, HttpContext http, EntryChanges changes, CancellationToken ct) =>
        Change(id, body, http, changes, (e, c) => new SuspendEntry(e.Id, c), ct);

    public static Task<IResult> Reinstate(Guid id, ReasonRequest body, HttpContext http, EntryChanges changes, CancellationToken ct) =>
        Change(id, body, http, changes, (e, c) => new ReinstateEntry(e.Id, c), ct);

    public static Task<IResult> Delist(Guid id, ReasonRequest body, HttpContext http, EntryChanges changes, CancellationToken ct) =>
        changes.ApplyAsync(id, http, body.Reason?.Trim(), (_, _) => ReasonMissing(body.Reason),
            (e, c, policy) => new DelistEntry(e.Id, c, policy.FourEyes), ct);

    public static Task<IResult> Review(
        Guid id, ReviewRequest body, HttpContext http, EntryChanges changes, TimeProvider clock, CancellationToken ct) =>
        changes.ApplyAsync(id, http, body.Reason?.Trim(),
            validate: (_, _) => string.IsNullOrWhiteSpace(body.Reason)
                ? EntryProblems.Invalid(new() { ["reason"] = ["Say what the review found; it is kept in the entry's history."] })
                : body.NextReviewBy is { } next && next <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)
                    ? EntryProblems.Invalid(new() { ["nextReviewBy"] = ["The next review date must be in the future."] })
                    : null,
            (e, c, policy) => new ReviewEntry(e.Id, policy.ReviewBy(DateOnly.FromDateTime(c.At.UtcDateTime), body.NextReviewBy), c), ct);

    private static Task<IResult> Change(Guid id, ReasonRequest body, HttpContext http, EntryChanges changes,
        Func<Entry, Change, IEntryCommand> command, CancellationToken ct) =>
        changes.ApplyAsync(id, http, body.Reason?.Trim(), validate: (_, _) => ReasonMissing(body.Reason), command, ct);

    public static IResult? ReasonMissing(string? reason) => string.IsNullOrWhiteSpace(reason)
        ? EntryProblems.Invalid(new() { ["reason"] = ["Say why; the reason is kept in the entry's history."] })
        : null;
}
