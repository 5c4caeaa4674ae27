using System.Threading.Channels;
using Marten;
using Watchlist.Notifications.Subscriptions;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Appends alert notices to the feeds a group at a time: every notice that arrived while the previous group was being
/// written goes into the next transaction, together with the records that its messages were handled. One message per
/// transaction managed about a hundred a second; a group costs about what one message did. A message's consumer waits
/// until its group has committed, so it is acknowledged only once its notice is durable, and a redelivery finds it handled.
/// </summary>
public sealed class FeedWriter(IDocumentStore store, FeedWakeups wakeups, TimeProvider clock, ILogger<FeedWriter> log)
    : BackgroundService
{
    private const int MaxGroup = 256;

    /// <summary>Two replicas appending to one feed conflict on its head; the loser simply tries again with the new head.</summary>
    private const int ConflictAttempts = 20;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    public async Task AppendAsync(string handledId, AlertNotice notice, CancellationToken ct)
    {
        var pending = new Pending(handledId, notice, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, ct);
        await pending.Written.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var group = new List<Pending>(MaxGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                while (group.Count < MaxGroup && _queue.Reader.TryRead(out var next)) group.Add(next);
                // Not cancelled by the shutdown: a group being written commits or fails as a whole, and its messages follow.
                await WriteAsync(group, CancellationToken.None);
                group.Clear();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Whatever still waits is handed back to the bus unacknowledged, to be delivered again.
            while (_queue.Reader.TryRead(out var left)) left.Written.TrySetCanceled(stopping);
        }
    }

    private async Task WriteAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        try
        {
            await CommitAsync(group, ct);
            foreach (var p in group) p.Written.TrySetResult();
        }
        catch (Exception ex) when (group.Count > 1)
        {
            // One bad notice must not hold back the rest: each is written alone, and only a failing one fails its message.
            log.LogWarning(ex, "A group of {Count} feed appends failed; writing them one by one", group.Count);
            foreach (var p in group) await WriteAsync([p], ct);
        }
        catch (Exception ex)
        {
            group[0].Written.TrySetException(ex);
        }
    }

    /// <summary>Another replica may take a cursor of one of these feeds first (its feed item exists, so our insert fails), or
    /// handle one of these messages meanwhile: then everything is read again.</summary>
    private Task CommitAsync(IReadOnlyList<Pending> group, CancellationToken ct) =>
        WriteConflicts.RetryAsync(() => CommitOnceAsync(group, ct), log, "A feed group", ct, attempts: ConflictAttempts);

    private async Task CommitOnceAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var subscriptions = await FeedAppends.SubscriptionsAsync(session, ct);
        // A notice no feed wants is acknowledged with nothing written, not even its handled record (decision 0142): a copy of it
        // is judged again against the subscriptions of its time, and the feeds' marks keep a version from entering a feed twice.
        var concerning = group.Where(p => FeedAppends.Concerns(p.Notice, subscriptions)).ToList();
        if (concerning.Count == 0) return;
        var handled = (await session.LoadManyAsync<HandledMessage>(ct, concerning.Select(p => p.HandledId).Distinct()))
            .Select(h => h.Id)
            .ToHashSet();
        var fresh = concerning.Where(p => handled.Add(p.HandledId)).ToList(); // also drops a second copy within the group
        if (fresh.Count == 0) return;
        var now = clock.GetUtcNow();
        var grown = await FeedAppends.StageAsync(session, fresh.Select(p => p.Notice).ToList(), subscriptions, now, ct);
        foreach (var p in fresh) session.Insert(new HandledMessage(p.HandledId, now));
        wakeups.Stage(session, grown);
        await session.SaveChangesAsync(ct);
        wakeups.Wake(grown);
    }

    private sealed record Pending(string HandledId, AlertNotice Notice, TaskCompletionSource Written);
}
