using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Watchlist.Matching;
using Watchlist.Matching.Text;

namespace Watchlist.Bench.Baseline;

/// <summary>
/// The PostgreSQL baseline: one row per listed name, folded as the engine folds it, under a
/// GIN trigram index; a search returns the names similar to the query's (pg_trgm's %
/// operator at the session's similarity threshold), best first.
/// </summary>
public sealed class PgTrgmBaseline(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public const int Limit = 20;

    private const string Table = "bench_names";

    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _search;

    /// <summary>Recreates the table, bulk-loads it with binary COPY and builds the index.</summary>
    public async Task<TimeSpan> LoadAsync(IEnumerable<MatchableEntry> entries)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync();
        await Execute(connection, $"DROP TABLE IF EXISTS {Table}; " +
            $"CREATE UNLOGGED TABLE {Table} (entry_id uuid NOT NULL, name text NOT NULL)");
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {Table} (entry_id, name) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var entry in entries)
            {
                foreach (var name in entry.Names)
                {
                    var folded = NameFolding.Fold(name.Value);
                    if (folded.Length == 0) continue;
                    await copy.StartRowAsync();
                    await copy.WriteAsync(entry.Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(folded, NpgsqlDbType.Text);
                }
            }
            await copy.CompleteAsync();
        }
        await Execute(connection, "SET maintenance_work_mem = '1GB'");
        await Execute(connection, $"CREATE INDEX {Table}_trgm ON {Table} USING gin (name gin_trgm_ops)");
        await Execute(connection, $"ANALYZE {Table}");
        return clock.Elapsed;
    }

    public async Task SetThresholdAsync(double threshold)
    {
        await EnsureOpenAsync();
        await Execute(_connection!, "SET pg_trgm.similarity_threshold = " +
            $"{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    /// <summary>Up to <see cref="Limit"/> names at or above the threshold, with their similarity, best first.</summary>
    public async Task<IReadOnlyList<(Guid EntryId, double Similarity)>> SearchAsync(string name)
    {
        await EnsureOpenAsync();
        _search!.Parameters[0].Value = NameFolding.Fold(name);
        var found = new List<(Guid, double)>();
        await using var reader = await _search.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add((reader.GetGuid(0), reader.GetFloat(1)));
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        if (_search is not null) await _search.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }

    private async Task EnsureOpenAsync()
    {
        if (_connection is not null) return;
        _connection = await dataSource.OpenConnectionAsync();
        _search = new NpgsqlCommand(
            $"SELECT entry_id, similarity(name, $1) AS s FROM {Table} WHERE name % $1 ORDER BY s DESC LIMIT {Limit}", _connection);
        _search.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
        await _search.PrepareAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
