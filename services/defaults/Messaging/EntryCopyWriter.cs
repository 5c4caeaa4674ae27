using Marten;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary>One entry event as a copy of the entry sees it; <paramref name="Amendment"/> when it is an amendment.</summary>
public sealed record EntryEvent(EntrySnapshot Entry, ChangeContext Change, EntryChanged? Amendment)
{
    public static EntryEvent Of(EntryListed listed) => new(listed.Entry, listed.Change, null);

    public static EntryEvent Of(EntryChanged changed) => new(changed.Entry, changed.Change, changed);

    public static EntryEvent Of(EntryDelisted delisted) => new(delisted.Entry, delisted.Change, null);
}

/// <summary>
/// Keeps a service's own copy of every watchlist entry current from the entry events, a group at a time (decision 0146):
/// every event that arrived while the previous group was being written goes into one transaction, with the records that its
/// messages were handled. An import's thousand listings were a thousand transactions of a lock, two reads and a write each,
/// beside the live hits on the same database; grouped they are a few. Writers of one entry take turns across replicas on the
/// entry's lock (decision 0117), all of a group's taken in one order, and an older version never overwrites a newer one. A
/// message is acknowledged once its group has committed; a redelivery finds it handled.
/// </summary>
public abstract class EntryCopyWriter<TCopy>(IDocumentStore store, string consumer, ILogger log) : BackgroundService
    where TCopy : class
{
    /// <summary>Entry events in hand at once, and so in one group at most.</summary>
    public const int InHand = 256;

    private readonly WriteGroups<Pending> _writes = new(InHand, p => p.Done);

    public Task ApplyAsync(ConsumeContext context, EntryEvent change)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{consumer} received a message without a MessageId.");
        var id = $"{consumer}/{messageId}";
        return _writes.WriteAsync(new Pending(id, change, new(TaskCreationOptions.RunContinuationsAsynchronously)),
            context.CancellationToken);
    }

    /// <summary>The lock that writers of the entry's copy take turns on (the name the consumer of one message at a time took).</summary>
    protected abstract string LockOf(Guid entryId);

    protected abstract Guid IdOf(TCopy copy);

    protected abstract int VersionOf(TCopy copy);

    /// <summary>Stores the copy for a newer version, and whatever else the change does, in the group's session.</summary>
    /// <returns>The stored copy.</returns>
    protected abstract Task<TCopy> WriteAsync(IDocumentSession session, EntryEvent change, TCopy? known, CancellationToken ct);

    protected override Task ExecuteAsync(CancellationToken stopping) => _writes.RunAsync(CommitAsync, log, consumer, stopping);

    private async Task CommitAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        // The locks first: a copy of one of these messages that another replica is writing has committed once they are ours.
        await TransactionLocks.TakeAllAsync(session, group.Select(p => LockOf(p.Change.Entry.Id)), ct);
        var handled = (await session.LoadManyAsync<HandledMessage>(ct, group.Select(p => p.HandledId).Distinct()))
            .Select(h => h.Id).ToHashSet();
        var fresh = group.Where(p => handled.Add(p.HandledId)).ToList(); // also drops a second copy within the group
        if (fresh.Count == 0) return;
        var known = (await session.LoadManyAsync<TCopy>(ct, fresh.Select(p => p.Change.Entry.Id).Distinct()))
            .ToDictionary(IdOf);
        foreach (var p in fresh)
        {
            var entry = p.Change.Entry;
            var copy = known.GetValueOrDefault(entry.Id);
            if (copy is null || VersionOf(copy) < entry.Version) known[entry.Id] = await WriteAsync(session, p.Change, copy, ct);
        }
        var now = DateTimeOffset.UtcNow;
        foreach (var p in fresh) session.Insert(new HandledMessage(p.HandledId, now));
        await session.SaveChangesAsync(ct);
    }

    private sealed record Pending(string HandledId, EntryEvent Change, TaskCompletionSource Done);
}
