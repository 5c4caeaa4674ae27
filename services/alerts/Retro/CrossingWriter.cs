using System.Threading.Channels;
using Marten;
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

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    public async Task RecordAsync(string handledId, Crossing crossing, string? correlationId, CancellationToken ct)
    {
        var pending = new Pending(handledId, crossing, correlationId,
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, ct);
        await pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var group = new List<Pending>(settings.MaxCrossingGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                while (group.Count < settings.MaxCrossingGroup && _queue.Reader.TryRead(out var next)) group.Add(next);
                await WriteAsync(group, CancellationToken.None); // a group being written commits or fails as a whole
                group.Clear();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            while (_queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stopping);
        }
    }

    private async Task WriteAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        try
        {
            // A live hit on one of these alerts, or another replica handling one of these messages, may commit first.
            await WriteConflicts.RetryAsync(() => CommitAsync(group, ct), log, "A crossing group", ct);
            foreach (var p in group) p.Done.TrySetResult();
        }
        catch (Exception ex) when (group.Count > 1)
        {
            log.LogWarning(ex, "Recording a group of {Count} crossings failed; recording them one by one", group.Count);
            foreach (var p in group) await WriteAsync([p], ct);
        }
        catch (Exception ex)
        {
            group[0].Done.TrySetException(ex);
        }
    }

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
