using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.ServiceDefaults.Retention;

/// <summary>
/// Prunes the service's operational records (<see cref="IRetentionRule"/>s) every <c>Retention:Every</c>. With several
/// replicas one prunes at a time: a round runs only while it holds a session advisory lock named after the schema, and a
/// replica that does not get it skips the round (the lock goes with its connection if the process dies). Deletes are by
/// id and idempotent, so even two rounds at once would only repeat work.
/// </summary>
public sealed class RetentionService(IDocumentStore store, IEnumerable<IRetentionRule> rules, RetentionSettings settings,
    EventStoreSettings eventStore, TimeProvider clock, ILogger<RetentionService> log) : BackgroundService
{
    /// <summary>One round; null when another replica holds the round's lock.</summary>
    public async Task<IReadOnlyDictionary<string, int>?> PruneOnceAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(eventStore.ConnectionString);
        await connection.OpenAsync(ct);
        var key = TransactionLocks.KeyOf(eventStore.Schema, "retention");
        if (!await LockAsync(connection, "select pg_try_advisory_lock($1)", key, ct)) return null;
        try
        {
            var deleted = new Dictionary<string, int>();
            foreach (var rule in rules) deleted[rule.Name] = await PruneAsync(rule, ct);
            return deleted;
        }
        finally
        {
            await LockAsync(connection, "select pg_advisory_unlock($1)", key, CancellationToken.None);
        }
    }

    private async Task<int> PruneAsync(IRetentionRule rule, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var total = 0;
        int deleted;
        do
        {
            await using var session = store.LightweightSession();
            deleted = await rule.PruneBatchAsync(session, now, settings.BatchSize, ct);
            total += deleted;
        } while (deleted == settings.BatchSize);
        if (total > 0)
            log.LogInformation("Retention: deleted {Count} {Rule} older than {Horizon} in {Elapsed} ms",
                total, rule.Name, rule.Horizon, watch.ElapsedMilliseconds);
        return total;
    }

    private static async Task<bool> LockAsync(NpgsqlConnection connection, string sql, long key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = key } } };
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Pruning operational records failed; trying again in {Every}", settings.Every);
            }
        }
    }
}
