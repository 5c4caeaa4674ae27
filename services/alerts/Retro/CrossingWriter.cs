using Marten;
using Watchlist.Alerts.Grouping;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Records crossings a group at a time: a manifest of a thousand passengers arrives as a thousand messages, and every one
/// that arrived while the previous group was committing goes into the next transaction, under one shared <see cref="RetroLock"/>
/// and one late check against the changes re-screened since (<see cref="RetroScreening.ScreenLateCrossingsAsync"/>), with the
/// records that its messages were handled. A message is acknowledged once its group has committed; a redelivery finds it
/// handled. Once committed the crossings join this replica's window. <c>Alerts:Retro:MaxCrossingGroup=1</c> records each
/// crossing in its own transaction, as before groups (the benchmark's baseline).
/// </summary>
public sealed class CrossingWriter(IDocumentStore store, RetroScreening retro, CrossingWindowKeeper window, RetroSettings settings,
    ILogger<CrossingWriter> log) : BackgroundService
{
    private long _groups;
    private long _recorded;

    /// <summary>Groups this replica has committed, and the crossings in them: how well manifests were grouped.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    public long Recorded => Interlocked.Read(ref _recorded);

    private readonly WriteGroups<Pending> _writes = new(settings.MaxCrossingGroup, p => p.Done);

    public Task RecordAsync(string handledId, Crossing crossing, string? correlationId, CancellationToken ct) =>
        _writes.WriteAsync(new Pending(handledId, crossing, correlationId, new(TaskCreationOptions.RunContinuationsAsynchronously)), ct);

    protected override Task ExecuteAsync(CancellationToken stopping) =>
        _writes.RunAsync(CommitWithRetriesAsync, log, "crossings", stopping);

    // A live hit on one of these alerts, or another replica handling one of these messages, may commit first.
    private Task CommitWithRetriesAsync(IReadOnlyList<Pending> group, CancellationToken ct) =>
        WriteConflicts.RetryAsync(() => CommitAsync(group, ct), log, "A crossing group", ct);

    private async Task CommitAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var handled = (await session.LoadManyAsync<HandledMessage>(ct, group.Select(p => p.HandledId).Distinct())).Select(h => h.Id)
            .ToHashSet();
        // Every copy of a crossing (the early publish, the forwarder's, a redelivery) has the same message id, so handling it
        // once is enough: no read of the crossing first.
        var fresh = group.Where(p => handled.Add(p.HandledId)).ToList();
        if (fresh.Count == 0) return;
        foreach (var p in fresh)
        {
            session.Store(p.Crossing);
            CrossingLog.Record(session, p.Crossing);
        }
        await retro.ScreenLateCrossingsAsync(session, fresh.Select(p => (p.Crossing, p.CorrelationId)).ToList(), ct);
        var now = DateTimeOffset.UtcNow;
        foreach (var p in fresh) session.Insert(new HandledMessage(p.HandledId, now));
        await session.SaveChangesAsync(ct);
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _recorded, fresh.Count);
        window.Committed(fresh.Select(p => p.Crossing).ToList());
    }

    private sealed record Pending(string HandledId, Crossing Crossing, string? CorrelationId, TaskCompletionSource Done);
}
