using Marten;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Records crossings a group at a time: a manifest of a thousand passengers arrives as a thousand messages, and every one
/// that arrived while the previous group was committing goes into the next transaction, under one shared <see cref="RetroLock"/>
/// and one late check against the changes re-screened since (<see cref="RetroScreening.ScreenLateCrossingsAsync"/>); the
/// crossings' rows in the <see cref="CrossingLog"/> are the records that they were handled. A message is acknowledged once its
/// group has committed; a redelivery finds its crossing recorded. Once committed the crossings join this replica's window.
/// <c>Alerts:Retro:MaxCrossingGroup=1</c> records each
/// crossing in its own transaction, as before groups (the benchmark's baseline).
/// </summary>
public sealed class CrossingWriter(IDocumentStore store, RetroScreening retro, CrossingWindowKeeper window, RetroSettings settings,
    TimeProvider clock, ILogger<CrossingWriter> log) : BackgroundService
{
    private long _groups;
    private long _recorded;

    /// <summary>Groups this replica has committed, and the crossings in them: how well manifests were grouped.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    public long Recorded => Interlocked.Read(ref _recorded);

    private readonly WriteGroups<Pending> _writes = new(settings.MaxCrossingGroup, p => p.Done);

    public Task RecordAsync(Crossing crossing, string? correlationId, CancellationToken ct) =>
        _writes.WriteAsync(new Pending(crossing, correlationId, new(TaskCreationOptions.RunContinuationsAsynchronously)), ct);

    protected override Task ExecuteAsync(CancellationToken stopping) =>
        _writes.RunAsync(CommitWithRetriesAsync, log, "crossings", stopping);

    // A live hit on one of these alerts, or another replica handling one of these messages, may commit first.
    private Task CommitWithRetriesAsync(IReadOnlyList<Pending> group, CancellationToken ct) =>
        WriteConflicts.RetryAsync(() => CommitAsync(group, ct), log, "A crossing group", ct);

    private async Task CommitAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        // Older than the window, a crossing is past retro-screening: it would be pruned unseen, and the log row that records it
        // as handled is pruned with the window (by the keeper, on the same clock), so it is not recorded at all (decision 0132).
        var since = clock.GetUtcNow() - settings.Window;
        var inWindow = group.Where(p => p.Crossing.ScreenedAt >= since).ToList();
        if (inWindow.Count == 0) return;
        await RetroLock.ForCrossingAsync(session, ct);
        // Every copy of a crossing (the early publish, the forwarder's, a redelivery) is the same crossing: its log row, written
        // here first, is the record that it was handled, and only the crossings this statement recorded go on.
        var recorded = await CrossingLog.RecordNewAsync(session, inWindow.Select(p => p.Crossing).ToList(), ct);
        var fresh = inWindow.Where(p => recorded.Remove(p.Crossing.Id)).ToList();
        if (fresh.Count == 0) return;
        foreach (var p in fresh) session.Store(p.Crossing);
        await retro.ScreenLateCrossingsAsync(session, fresh.Select(p => (p.Crossing, p.CorrelationId)).ToList(), ct);
        await session.SaveChangesAsync(ct);
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _recorded, fresh.Count);
        window.Committed(fresh.Select(p => p.Crossing).ToList());
    }

    private sealed record Pending(Crossing Crossing, string? CorrelationId, TaskCompletionSource Done);
}
