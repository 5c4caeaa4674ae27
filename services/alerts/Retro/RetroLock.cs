using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Closes the gap between a crossing and a listing processed at the same moment: each would otherwise not see the
/// other's uncommitted write, and neither would re-screen the pair. Recording a crossing takes a shared transaction
/// lock before it reads the list changes; re-screening for a list change takes an exclusive one after its main scan and
/// then reads the crossings again. So crossings never wait for each other, they wait for a list change only while it
/// reads what committed during its scan, and whichever of a crossing and a listing commits second sees the first.
/// </summary>
public static class RetroLock
{
    public static Task ForCrossingAsync(IDocumentSession session, CancellationToken ct) =>
        TakeAsync(session, "pg_advisory_xact_lock_shared", ct);

    public static Task ForListChangeAsync(IDocumentSession session, CancellationToken ct) =>
        TakeAsync(session, "pg_advisory_xact_lock", ct);

    private static async Task TakeAsync(IDocumentSession session, string function, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand($"select {function}($1)", session.Connection)
        {
            Parameters = { new() { Value = KeyOf(session) } },
        };
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One lock per event-store schema, so that services (or test classes) sharing a database do not wait for each
    /// other.</summary>
    private static long KeyOf(IDocumentSession session) =>
        BitConverter.ToInt64(SHA256.HashData(
            Encoding.UTF8.GetBytes("watchlist-retro:" + session.DocumentStore.Options.DatabaseSchemaName)));
}
