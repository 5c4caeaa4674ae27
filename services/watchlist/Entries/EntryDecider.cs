namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// The entry's rules as pure functions: <see cref="Decide"/> turns a command and the current
/// state into events (or a refusal), <see cref="Evolve"/> folds an event into the state.
/// No storage, no HTTP: the endpoints load, decide, append.
/// </summary>
public static class EntryDecider
{
    public static IReadOnlyList<IEntryEvent> Decide(IEntryCommand command, Entry? state) => command switch
    {
        ListEntry list when state is null => [new EntryListed(list.EntryId, list.Details, list.Change)],
        ListEntry => throw new EntryRuleViolation("The entry is already listed."),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown entry command."),
    };

    public static Entry? Evolve(Entry? state, IEntryEvent @event) => @event switch
    {
        EntryListed listed => new Entry(listed.EntryId, 1, EntryStatus.Active, listed.Details, listed.Change.At, listed.Change.At),
        _ => state,
    };

    public static Entry? Fold(IEnumerable<IEntryEvent> events) => events.Aggregate((Entry?)null, Evolve);
}

/// <summary>A command the entry's current state does not allow; the API answers 409.</summary>
public sealed class EntryRuleViolation(string message) : Exception(message);
