using Marten;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.FalsePositives;
using Watchlist.Contracts.Entries;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Re-screens entry changes a group at a time, as the notification feed writes its notices: every change that arrived while
/// the previous group was being screened goes into the next one, which is one pass over the window per entry, one lock and
/// one transaction, with the records that its messages were handled. An import's thousand listings are a few groups, not a
/// thousand transactions each waiting for the lock. A message's consumer waits until its group has committed, so it is
/// acknowledged only then, and a redelivery finds it handled. One group at a time per replica: that, and the connection of
/// <see cref="CrossingWindowKeeper"/>, is all the database retro takes from a replica, however long its queue.
/// </summary>
public sealed class RetroWriter(IDocumentStore store, RetroScreening retro, RetroSettings settings, ILogger<RetroWriter> log)
    : BackgroundService
{
    private long _groups;
    private long _changes;

    /// <summary>Groups this replica has committed: with <see cref="ChangesHandled"/>, how well an import was grouped.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Entry-change messages this replica has re-screened and recorded as handled (redeliveries it found handled
    /// excluded).</summary>
    public long ChangesHandled => Interlocked.Read(ref _changes);

    private readonly WriteGroups<Pending> _writes = new(settings.MaxGroup, p => p.Done);

    /// <param name="amendment">The change when it is an amendment (a material one ends false-positive memory).</param>
    public Task RescreenAsync(string handledId, EntrySnapshot entry, ChangeContext change, EntryChanged? amendment,
        CancellationToken ct) =>
        _writes.WriteAsync(new Pending(handledId, entry, change, amendment, new(TaskCreationOptions.RunContinuationsAsynchronously)), ct);

    protected override Task ExecuteAsync(CancellationToken stopping) => _writes.RunAsync(CommitAsync, log, "entry changes", stopping);

    /// <summary>A live hit may append to one of these alerts first, or another replica re-screen a newer version of one of
    /// these entries or handle one of these messages: then everything is read again.</summary>
    private Task CommitAsync(IReadOnlyList<Pending> group, CancellationToken ct) =>
        WriteConflicts.RetryAsync(() => CommitOnceAsync(group, ct), log, "A retro group", ct, ex => ex is RetroSuperseded);

    private async Task CommitOnceAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var session = store.LightweightSession();
        var handled = (await session.LoadManyAsync<HandledMessage>(ct, group.Select(p => p.HandledId).Distinct())).Select(h => h.Id)
            .ToHashSet();
        var fresh = group.Where(p => handled.Add(p.HandledId)).ToList(); // also drops a second copy within the group
        if (fresh.Count == 0) return;
        var known = await VersionsAsync(session, fresh, ct);
        // Older versions never undo newer ones: the newest change of an entry re-screens every crossing an older one would.
        var newest = fresh.Where(p => p.Entry.Version > known.GetValueOrDefault(p.Entry.Id))
            .GroupBy(p => p.Entry.Id).Select(g => g.MaxBy(p => p.Entry.Version)!).ToList();
        var unsaved = new SessionAlerts();
        foreach (var amendment in fresh.Select(p => p.Amendment).OfType<EntryChanged>()
            .Where(a => a.Entry.Version > known.GetValueOrDefault(a.Entry.Id)))
            if (await MaterialChanges.EndMemoryAsync(session, amendment, ct)) unsaved.MemoryEndedFor.Add(amendment.Entry.Id);

        var prepared = watch.Elapsed;
        await retro.ScreenAsync(session, newest.Select(p => new ListChange(p.Entry, p.Change.ListPosition, p.Change.CorrelationId))
            .ToList(), unsaved, ct);
        // Under the lock now: a newer version re-screened by another replica meanwhile must not be overwritten by this older one.
        var current = await VersionsAsync(session, newest, ct);
        if (newest.Any(p => current.GetValueOrDefault(p.Entry.Id) >= p.Entry.Version)) throw new RetroSuperseded();
        foreach (var p in newest) session.Store(new RetroEntry(p.Entry.Id, p.Entry.Version, p.Change.ListPosition, p.Entry));
        foreach (var p in fresh) session.Insert(new HandledMessage(p.HandledId, DateTimeOffset.UtcNow));
        var screened = watch.Elapsed;
        await session.SaveChangesAsync(ct);
        log.LogInformation("Retro group of {Count} changes committed in {Total} ms (prepared in {Prepared} ms, saved in {Save} ms)",
            fresh.Count, (int)watch.Elapsed.TotalMilliseconds, (int)prepared.TotalMilliseconds,
            (int)(watch.Elapsed - screened).TotalMilliseconds);
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _changes, fresh.Count);
    }

    private static async Task<Dictionary<Guid, int>> VersionsAsync(IDocumentSession session, IEnumerable<Pending> changes,
        CancellationToken ct) =>
        (await session.LoadManyAsync<RetroEntry>(ct, changes.Select(p => p.Entry.Id).Distinct())).ToDictionary(r => r.Id, r => r.Version);

    private sealed record Pending(string HandledId, EntrySnapshot Entry, ChangeContext Change, EntryChanged? Amendment,
        TaskCompletionSource Done);

    private sealed class RetroSuperseded() : Exception("Another replica re-screened a newer version of an entry in this group.");
}
