using Watchlist.ServiceDefaults.EventStore;
namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// The entry's rules as pure functions: <see cref="Decide"/> turns a command and the current
/// state into events (or a refusal), <see cref="Evolve"/> folds an event into the state.
/// No storage, no HTTP: the endpoints load, decide, append.
/// </summary>
public static class EntryDecider
{
    private static readonly HashSet<string> ValidityFields = ["validFrom", "validUntil"];

    public static IReadOnlyList<IEntryEvent> Decide(IEntryCommand command, Entry? state) => (command, state) switch
    {
        (ListEntry list, null) => [new EntryListed(list.EntryId, list.Details, list.Change, AwaitsApproval: list.FourEyes)],
        (ListEntry, _) => throw new EntryRuleViolation("The entry is already listed."),
        (_, null) => throw new EntryNotFound(command.EntryId),
        (_, { Status: EntryStatus.Rejected }) => throw new EntryRuleViolation("A rejected entry is final; list a new one."),
        (ApproveEntry or RejectEntry, _) => Check(command, state),
        (AmendEntry amend, _) => Amend(amend, state),
        (SuspendEntry, { Status: EntryStatus.Active }) => [new EntrySuspended(command.EntryId, command.Change)],
        (SuspendEntry, _) => throw new EntryRuleViolation($"Only an active entry can be suspended; this one is {Name(state.Status)}."),
        (ReinstateEntry, { Status: EntryStatus.Suspended or EntryStatus.Delisted }) =>
            [new EntryReinstated(command.EntryId, command.Change)],
        (ReinstateEntry, _) => throw new EntryRuleViolation(
            $"Only a suspended or delisted entry can be reinstated; this one is {Name(state.Status)}."),
        (DelistEntry, { Status: EntryStatus.PendingApproval }) =>
            throw new EntryRuleViolation("The entry awaits approval and was never in force; reject it instead."),
        (DelistEntry, { Pending.Kind: PendingKind.Delisting }) =>
            throw new EntryRuleViolation("A delisting of this entry already awaits a second admin."),
        (DelistEntry { FourEyes: true }, { Status: not EntryStatus.Delisted }) =>
            [new EntryDelistingRequested(command.EntryId, command.Change)],
        (DelistEntry, { Status: not EntryStatus.Delisted }) => [new EntryDelisted(command.EntryId, command.Change)],
        (DelistEntry, _) => throw new EntryRuleViolation("The entry is already delisted."),
        (ReviewEntry, { Status: EntryStatus.PendingApproval }) => throw new EntryRuleViolation("The entry awaits approval first."),
        (ReviewEntry review, { Status: not EntryStatus.Delisted }) =>
            [new EntryReviewed(review.EntryId, review.NextReviewBy, review.Change)],
        (ReviewEntry, _) => throw new EntryRuleViolation("A delisted entry is not reviewed; reinstate it first."),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown entry command."),
    };

    /// <summary>
    /// The checker's half of four eyes: only what is pending can be approved or rejected, and never by one of its makers.
    /// Approving a delisting request is the delisting itself, under the checker's name (the request keeps the maker's).
    /// </summary>
    private static IReadOnlyList<IEntryEvent> Check(IEntryCommand command, Entry state)
    {
        if (state.Pending is not { } pending) throw new EntryRuleViolation("Nothing about this entry awaits approval.");
        if (pending.IsMaker(command.Change.Actor)) throw new MakerIsNotChecker();
        return (command, pending.Kind) switch
        {
            (ApproveEntry, PendingKind.Listing) => [new EntryApproved(command.EntryId, command.Change)],
            (RejectEntry, PendingKind.Listing) => [new EntryRejected(command.EntryId, command.Change)],
            (ApproveEntry, _) => [new EntryDelisted(command.EntryId, command.Change)],
            _ => [new EntryDelistingRejected(command.EntryId, command.Change)],
        };
    }

    /// <summary>
    /// Validity and review dates have facts of their own (so a history reader sees "validity
    /// changed", "reviewed"); everything else is one amendment. Nothing changed means no event.
    /// </summary>
    private static IReadOnlyList<IEntryEvent> Amend(AmendEntry amend, Entry state)
    {
        if (state.Status == EntryStatus.Delisted)
            throw new EntryRuleViolation("A delisted entry cannot be amended; reinstate it first.");
        if (amend.Details.Kind != state.Details.Kind)
            throw new EntryRuleViolation("The kind of an entry cannot change; delist it and list a new one.");
        var changed = EntryDiff.ChangedFields(state.Details, amend.Details);
        var events = new List<IEntryEvent>();
        var amended = changed.Where(f => !ValidityFields.Contains(f) && f != "reviewBy").ToList();
        if (amended.Count > 0)
        {
            var details = amend.Details with
            {
                ValidFrom = state.Details.ValidFrom,
                ValidUntil = state.Details.ValidUntil,
                ReviewBy = state.Details.ReviewBy,
            };
            events.Add(new EntryAmended(amend.EntryId, details, amended, amend.Change));
        }
        if (changed.Any(ValidityFields.Contains))
            events.Add(new EntryValidityChanged(amend.EntryId, amend.Details.ValidFrom, amend.Details.ValidUntil, amend.Change));
        if (changed.Contains("reviewBy"))
            events.Add(new EntryReviewed(amend.EntryId, amend.Details.ReviewBy, amend.Change));
        return events;
    }

    public static Entry? Evolve(Entry? state, IEntryEvent @event)
    {
        if (@event is EntryListed listed)
            return listed.AwaitsApproval
                ? new Entry(listed.EntryId, 1, EntryStatus.PendingApproval, listed.Details, listed.Change.At, listed.Change.At,
                    new PendingRequest(PendingKind.Listing, [listed.Change.Actor]))
                : new Entry(listed.EntryId, 1, EntryStatus.Active, listed.Details, listed.Change.At, listed.Change.At);
        if (state is null) return null;
        var next = state with { Version = state.Version + 1, ChangedAt = @event.Change.At };
        return @event switch
        {
            EntryAmended amended => next with
            {
                Details = amended.Details with
                {
                    ValidFrom = state.Details.ValidFrom,
                    ValidUntil = state.Details.ValidUntil,
                    ReviewBy = state.Details.ReviewBy,
                },
                Pending = WithMaker(state.Pending, amended.Change.Actor),
            },
            EntrySuspended => next with { Status = EntryStatus.Suspended },
            EntryReinstated => next with { Status = EntryStatus.Active },
            EntryDelisted => next with { Status = EntryStatus.Delisted, Pending = null },
            EntryReviewed reviewed => next with { Details = next.Details with { ReviewBy = reviewed.NextReviewBy } },
            EntryValidityChanged validity =>
                next with { Details = next.Details with { ValidFrom = validity.ValidFrom, ValidUntil = validity.ValidUntil } },
            EntryApproved => next with { Status = EntryStatus.Active, Pending = null },
            EntryRejected => next with { Status = EntryStatus.Rejected, Pending = null },
            EntryDelistingRequested request => next with { Pending = new PendingRequest(PendingKind.Delisting, [request.Change.Actor]) },
            EntryDelistingRejected => next with { Pending = null },
            _ => next,
        };
    }

    /// <summary>Whoever amends an entry that waits for approval shaped what the checker sees, so they cannot check it.</summary>
    private static PendingRequest? WithMaker(PendingRequest? pending, string actor) =>
        pending is not { Kind: PendingKind.Listing } || pending.IsMaker(actor)
            ? pending
            : pending with { Makers = [.. pending.Makers, actor] };

    public static Entry? Fold(IEnumerable<IEntryEvent> events) => events.Aggregate((Entry?)null, Evolve);

    public static Entry? Fold(Entry? state, IEnumerable<IEntryEvent> events) => events.Aggregate(state, Evolve);

    private static string Name(EntryStatus status) => status.ToString().ToUpperInvariant();
}

/// <summary>A command the entry's current state does not allow; the API answers 409.</summary>
public sealed class EntryRuleViolation(string message) : RuleViolation(message);

/// <summary>The maker of a pending change tried to approve or reject it; the API answers 403.</summary>
public sealed class MakerIsNotChecker() : RuleViolation("You made this change; a second admin of your agency must approve or reject it.");

public sealed class EntryNotFound(Guid id) : Exception($"No entry {id}.");
