using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// A PostgreSQL advisory lock held by a session's transaction until it commits or rolls back, so that two writers of the
/// same thing (two copies of one message, two hits of one alert) take turns instead of racing: the second one reads what
/// the first committed. A lost race on an event append would otherwise fail at SaveChanges after its event sequence numbers
/// were drawn, and Marten fills each number it burned with a tombstone event (issue 11 counted 1,638 of them), which
/// every subscription then reads past. Waiting costs a round trip; the lock is per schema, so services and test classes
/// sharing a database do not wait for each other. Take it as late as correctness allows: it opens the transaction, and an
/// open transaction holds back whoever waits for older ones to end (the watchlist's list position does).
/// </summary>
public static class TransactionLocks
{
    /// <summary>Starts the session's transaction if it has none, then waits for the lock named <paramref name="name"/>.</summary>
    public static async Task TakeAsync(IDocumentSession session, string name, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)", session.Connection)
        {
            Parameters = { new() { Value = KeyOf(session.DocumentStore.Options.DatabaseSchemaName, name) } },
        };
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Several locks in one round trip, in the order of their keys, so two transactions that want some of the same locks take
    /// them in the same order and wait for each other instead of deadlocking.
    /// </summary>
    public static async Task TakeAllAsync(IDocumentSession session, IEnumerable<string> names, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var keys = names.Select(n => KeyOf(schema, n)).Distinct().Order().ToArray();
        if (keys.Length == 0) return;
        await session.BeginTransactionAsync(ct);
        const string inOrder =
            "select count(pg_advisory_xact_lock(k)) from (select k from unnest($1::bigint[]) with ordinality u(k, i) order by i) s";
        await using var command = new NpgsqlCommand(inOrder, session.Connection)
        {
            Parameters = { new() { Value = keys } },
        };
        await command.ExecuteNonQueryAsync(ct);
    }

    public static long KeyOf(string schema, string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{schema}:{name}")));
}
