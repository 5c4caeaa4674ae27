using Marten;
using Npgsql;

namespace Watchlist.WatchlistService.Screening;

/// <summary>What <see cref="ListHighWater"/> reads from PostgreSQL: committed sequences, open transactions, and a starting mark.</summary>
public static class ListSequences
{
    /// <summary>Marten's own high-water mark, persisted by the async daemon: safe, but it can lag by seconds, so only a start.</summary>
    public static async Task<long> StoredMarkAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var connection = await OpenAsync(store, ct);
        await using var command = new NpgsqlCommand($"select last_seq_id from {Schema(store)}.mt_event_progression where name = " +
            "'HighWaterMark'", connection);
        return await command.ExecuteScalarAsync(ct) is long mark ? mark : 0;
    }

    public sealed record Read(DateTimeOffset? OldestOpen, IReadOnlyList<long> Sequences, DateTimeOffset ReadAt);

    /// <summary>
    /// The oldest open transaction first, then the sequences: a transaction that ends in between has committed (and shows in
    /// the second read) or rolled back. Every role's sessions must be visible, as they are to the role that owns them.
    /// </summary>
    public static async Task<Read> AboveAsync(IDocumentStore store, long mark, int limit, CancellationToken ct)
    {
        await using var connection = await OpenAsync(store, ct);
        await using var open = new NpgsqlCommand(
            "select min(xact_start) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()", connection);
        var oldestOpen = await open.ExecuteScalarAsync(ct) is DateTime started
            ? new DateTimeOffset(started, TimeSpan.Zero)
            : (DateTimeOffset?)null;
        await using var read = new NpgsqlCommand(
            $"select seq_id, clock_timestamp() from {Schema(store)}.mt_events where seq_id > $1 order by seq_id limit $2", connection)
        { Parameters = { new() { Value = mark }, new() { Value = limit } } };
        var sequences = new List<long>();
        var readAt = DateTimeOffset.UtcNow;
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                sequences.Add(reader.GetInt64(0));
                readAt = reader.GetFieldValue<DateTimeOffset>(1);
            }
        return new Read(oldestOpen, sequences, readAt);
    }

    /// <summary>
    /// The newest sequence whose event's timestamp is at or before <paramref name="before"/> (0 if none), read backwards along
    /// the primary key. Every lower sequence was taken before that event's, so its own timestamp is older too (both are set
    /// when the sequence is taken, give or take the writers' clocks).
    /// </summary>
    public static async Task<long> LastBeforeAsync(IDocumentStore store, DateTimeOffset before, CancellationToken ct)
    {
        await using var connection = await OpenAsync(store, ct);
        await using var command = new NpgsqlCommand(
            $"select seq_id from {Schema(store)}.mt_events where timestamp <= $1 order by seq_id desc limit 1", connection)
        { Parameters = { new() { Value = before } } };
        return await command.ExecuteScalarAsync(ct) is long sequence ? sequence : 0;
    }

    private static string Schema(IDocumentStore store) => store.Options.Events.DatabaseSchemaName;

    private static async Task<NpgsqlConnection> OpenAsync(IDocumentStore store, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }
}
