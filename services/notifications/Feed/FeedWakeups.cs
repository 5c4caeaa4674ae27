using Marten;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Wakes live readers on every replica, not only the one that appended: a feed append also sends a PostgreSQL NOTIFY
/// naming the grown feeds, delivered at commit (never for a rolled-back append), and each replica LISTENs and passes it
/// to its <see cref="FeedSignals"/>. Without it a client connected to another replica waited for its reader's next poll.
/// </summary>
public sealed class FeedWakeups(EventStoreSettings settings, FeedSignals signals, ILogger<FeedWakeups> log) : BackgroundService
{
    private readonly string _channel = $"{settings.Schema}_feed";

    public void Stage(IDocumentSession session, IReadOnlyCollection<Guid> grown)
    {
        if (grown.Count > 0) session.QueueSqlCommand("select pg_notify(?, ?)", _channel, string.Join(',', grown));
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
                {
                    foreach (var id in e.Payload.Split(','))
                        if (Guid.TryParse(id, out var subscription)) signals.Wake(subscription);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN \"{_channel}\"", connection)) await listen.ExecuteNonQueryAsync(stopping);
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
