using System.Collections.Concurrent;
using Marten;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Wakes the live readers of a feed that grew, on every replica, not only the one that appended. The writer wakes its own
/// replica's readers at once after commit; the append also sends a PostgreSQL NOTIFY naming the grown feeds, delivered at
/// commit (never for a rolled-back append), which every replica LISTENs for. Without it a client connected to another
/// replica waited for its reader's next poll. Readers still poll, so a lost wake-up delays and never loses.
/// </summary>
public sealed class FeedWakeups(EventStoreSettings settings, ILogger<FeedWakeups> log) : BackgroundService
{
    private readonly string _channel = $"{settings.Schema}_feed";
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<FeedListener, byte>> _listeners = new();

    /// <summary>Listen before the first read, so an append committed between the read and the wait still wakes the reader.</summary>
    public FeedListener Listen(Guid subscriptionId)
    {
        var listener = new FeedListener(subscriptionId, Remove);
        _listeners.GetOrAdd(subscriptionId, _ => new()).TryAdd(listener, 0);
        return listener;
    }

    /// <summary>Queues the NOTIFY for every replica in the append's own transaction.</summary>
    public void Stage(IDocumentSession session, IReadOnlyCollection<Guid> grown)
    {
        if (grown.Count > 0) session.QueueSqlCommand("select pg_notify(?, ?)", _channel, string.Join(',', grown));
    }

    /// <summary>Wakes this replica's readers of the grown feeds.</summary>
    public void Wake(IEnumerable<Guid> grown)
    {
        foreach (var id in grown)
            if (_listeners.TryGetValue(id, out var set))
                foreach (var listener in set.Keys) listener.Signal();
    }

    private void Remove(FeedListener listener)
    {
        if (_listeners.TryGetValue(listener.SubscriptionId, out var set)) set.TryRemove(listener, out _);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(settings.ConnectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, e) =>
                    Wake(e.Payload.Split(',').Select(id => Guid.TryParse(id, out var s) ? s : Guid.Empty).Where(s => s != Guid.Empty));
                await using (var listen = new NpgsqlCommand($"LISTEN \"{_channel}\"", connection))
                    await listen.ExecuteNonQueryAsync(stopping);
                while (!stopping.IsCancellationRequested) await connection.WaitAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
            catch (Exception ex)
            {
                // Readers still poll meanwhile, so a lost connection slows delivery from other replicas and loses nothing.
                log.LogWarning(ex, "Listening for feed appends failed; listening again in a second");
                try { await Task.Delay(TimeSpan.FromSeconds(1), stopping); } catch (OperationCanceledException) { }
            }
        }
    }
}
