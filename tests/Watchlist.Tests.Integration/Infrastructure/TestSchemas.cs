using Npgsql;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Each test class owns its schemas and starts from empty ones, so a rerun sees no leftovers.</summary>
public static class TestSchemas
{
    public static async Task DropAsync(params string[] schemas)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        foreach (var schema in schemas)
        {
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
