using Marten;
using Npgsql;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// One row per recorded crossing, written in the crossing's own transaction, stamped with that transaction's id (<c>xid8</c>).
/// It is how a replica learns which crossings other replicas recorded without missing one: every transaction older than the
/// oldest one still running (<c>pg_snapshot_xmin</c>) has committed or rolled back, so reading the rows of transactions at or
/// above the previous read's xmin, again and again, sees every committed row at least once. (A plain serial column would not
/// do: a transaction may take a lower number and commit after one with a higher number has been read.)
/// </summary>
public static class CrossingLog
{
    public static string Table(IDocumentStore store) => $"{store.Options.DatabaseSchemaName}.retro_crossing_log";

    /// <summary>
    /// Marks the crossings in the caller's transaction (open, holding <see cref="RetroLock.ForCrossingAsync"/>), in one statement,
    /// and returns those it marked: the row is also the record that the crossing was handled (decision 0132). A crossing's id is
    /// its screening's, carried by exactly one message id, so a copy already recorded, here or by another replica, is left out;
    /// a copy another replica is recording at this moment makes this statement wait for that transaction and then leaves it out.
    /// </summary>
    public static async Task<HashSet<Guid>> RecordNewAsync(IDocumentSession session, IReadOnlyCollection<Crossing> crossings,
        CancellationToken ct)
    {
        // In one order, so two replicas' groups that share crossings wait for each other rather than deadlock.
        var distinct = crossings.DistinctBy(c => c.Id).OrderBy(c => c.Id).ToList();
        await using var command = new NpgsqlCommand($"insert into {Table(session.DocumentStore)} (crossing_id, screened_at) " +
            "select * from unnest($1::uuid[], $2::timestamptz[]) on conflict do nothing returning crossing_id", session.Connection)
        {
            Parameters =
            {
                new() { Value = distinct.Select(c => c.Id).ToArray() },
                // timestamptz takes UTC offsets only
                new() { Value = distinct.Select(c => c.ScreenedAt.ToUniversalTime()).ToArray() },
            },
        };
        var recorded = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) recorded.Add(reader.GetGuid(0));
        return recorded;
    }

    public static async Task EnsureAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var table = Table(store);
        await using var command = new NpgsqlCommand($"""
            create schema if not exists {store.Options.DatabaseSchemaName};
            create table if not exists {table} (
                crossing_id uuid primary key,
                screened_at timestamptz not null,
                tx xid8 not null default pg_current_xact_id());
            create index if not exists retro_crossing_log_tx on {table} (tx);
            create index if not exists retro_crossing_log_screened_at on {table} (screened_at);
            """, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The crossings recorded by transactions at or above <paramref name="mark"/> and still in the window, and the mark for the
    /// next read. The mark is taken first: every transaction below it has finished, so the read after it sees all of them.
    /// </summary>
    public static async Task<(IReadOnlyList<Guid> Ids, string Mark)> SinceAsync(NpgsqlConnection connection, string table, string mark,
        DateTimeOffset since, CancellationToken ct)
    {
        string next;
        await using (var snapshot = new NpgsqlCommand("select pg_snapshot_xmin(pg_current_snapshot())::text", connection))
            next = (string)(await snapshot.ExecuteScalarAsync(ct))!;
        await using var command = new NpgsqlCommand($"select crossing_id from {table} where tx >= $1::text::xid8 and screened_at >= $2",
            connection)
        {
            Parameters = { new() { Value = mark }, new() { Value = since } },
        };
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return (ids, next);
    }

    /// <summary>Rows of crossings that have left the window (the crossings themselves are pruned by
    /// <see cref="Retention.CrossingRetention"/>).</summary>
    public static async Task PruneAsync(IDocumentStore store, DateTimeOffset before, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"delete from {Table(store)} where screened_at < $1", connection)
        {
            Parameters = { new() { Value = before } },
        };
        await command.ExecuteNonQueryAsync(ct);
    }
}
