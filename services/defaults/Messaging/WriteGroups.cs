using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Watchlist.ServiceDefaults.Messaging;

/// <summary>
/// The hand-off shared by the group writers (the alerts service's hits, crossings and re-screenings; both services' copies of
/// entries): a consumer hands its message over and waits; the writer takes every message that arrived while the previous
/// group was being written, up to <c>maxGroup</c>, into one transaction. No timer: a message that arrives alone is written at
/// once. A message's consumer returns, and the bus acknowledges it, only once its group has committed. A group that fails is
/// written one by one, so only a failing message fails (and is retried by the bus); stopping, the messages not yet taken are
/// left unacknowledged.
/// </summary>
public sealed class WriteGroups<T>(int maxGroup, Func<T, TaskCompletionSource> doneOf)
{
    private readonly Channel<T> _queue = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Returns once the item's group has committed; throws what its own transaction threw.</summary>
    public async Task WriteAsync(T item, CancellationToken ct)
    {
        await _queue.Writer.WriteAsync(item, ct);
        await doneOf(item).Task.WaitAsync(ct);
    }

    /// <summary>The writer's loop; <paramref name="commit"/> writes one group in one transaction (retrying its own conflicts).</summary>
    /// <param name="what">What the messages are, for the log ("hits").</param>
    public async Task RunAsync(Func<IReadOnlyList<T>, CancellationToken, Task> commit, ILogger log, string what,
        CancellationToken stopping)
    {
        var group = new List<T>(maxGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                while (group.Count < maxGroup && _queue.Reader.TryRead(out var next)) group.Add(next);
                // Not cancelled by the shutdown: a group being written commits or fails as a whole, and its messages follow.
                await WriteGroupAsync(group, commit, log, what, CancellationToken.None);
                group.Clear();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            while (_queue.Reader.TryRead(out var left)) doneOf(left).TrySetCanceled(stopping);
        }
    }

    private async Task WriteGroupAsync(IReadOnlyList<T> group, Func<IReadOnlyList<T>, CancellationToken, Task> commit, ILogger log,
        string what, CancellationToken ct)
    {
        try
        {
            await commit(group, ct);
            foreach (var item in group) doneOf(item).TrySetResult();
        }
        catch (Exception ex) when (group.Count > 1)
        {
            // One bad message must not hold back the rest: each is written alone, and only a failing one fails.
            log.LogWarning(ex, "Writing a group of {Count} {What} failed; writing them one by one", group.Count, what);
            foreach (var item in group) await WriteGroupAsync([item], commit, log, what, ct);
        }
        catch (Exception ex)
        {
            doneOf(group[0]).TrySetException(ex);
        }
    }
}
