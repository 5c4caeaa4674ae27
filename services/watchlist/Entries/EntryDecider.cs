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
        (ListEntry list, null) => [new EntryListed(list.EntryId, list.Details, list.Change)],
        (ListEntry, _) => throw new EntryRuleViolation("The entry is already listed."),
        (_, null) => throw new EntryNotFound(command.EntryId),
        (AmendEntry amend, _) => Amend(amend, state),
        (SuspendEntry, { Status: EntryStatus.Active }) => [new EntrySuspended(command.EntryId, command.Change)],
        (SuspendEntry, _) => throw new EntryRuleViolation($"Only an active entry can be suspended; this one is {Name(state.Status)}."),
        (ReinstateEntry, { Status: EntryStatus.Suspended or EntryStatus.Delisted }) =>
            [new EntryReinstated(command.EntryId, command.Change)],
        (ReinstateEntry, _) => throw new EntryRuleViolation(
            $"Only a suspended or delisted entry can be reinstated; this one is {Name(state.Status)}."),
        (DelistEntry, { Status: not EntryStatus.Delisted }) => [new EntryDelisted(command.EntryId, command.Change)],
        (DelistEntry, _) => throw new EntryRuleViolation("The entry is already delisted."),
        (ReviewEntry review, { Status: not EntryStatus.Delisted }) =>
            [new EntryReviewed(review.EntryId, review.NextReviewBy, review.Change)],
        (ReviewEntry, _) => throw new EntryRuleViolation("A delisted entry is not reviewed; reinstate it first."),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown entry command."),
    };

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
            return new Entry(listed.EntryId, 1, EntryStatus.Active, listed.Details, listed.Change.At, listed.Change.At);
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
            },
            EntrySuspended => next with { Status = EntryStatus.Suspended },
            EntryReinstated => next with { Status = EntryStatus.Active },
            EntryDelisted => next with { Status = EntryStatus.Delisted },
            EntryReviewed reviewed => next with { Details = next.Details with { ReviewBy = reviewed.NextReviewBy } },
            EntryValidityChanged validity =>
                next with { Details = next.Details with { ValidFrom = validity.ValidFrom, ValidUntil = validity.ValidUntil } },
            _ => next,
        };
    }

    public static Entry? Fold(IEnumerable<IEntryEvent> events) => events.Aggregate((Entry?)null, Evolve);

    public static Entry? Fold(Entry? state, IEnumerable<IEntryEvent> events) => events.Aggregate(state, Evolve);

    private static string Name(EntryStatus status) => status.ToString().ToUpperInvariant();
}

/// <summary>A command the entry's current state does not allow; the API answers 409.</summary>
public sealed class EntryRuleViolation(string message) : RuleViolation(message);

public sealed class EntryNotFound(Guid id) : Exception($"No entry {id}.");
