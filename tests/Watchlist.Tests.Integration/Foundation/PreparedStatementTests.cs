using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Foundation;

/// <summary>With the connection settings a service runs with, a statement it runs again and again is prepared on its pooled
/// connection and stays prepared when the connection goes back to the pool and is taken again, while nothing else of the
/// session does (decision 0144).</summary>
public sealed class PreparedStatementTests(PlatformTest<PreparedStatementTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<PreparedStatementTests>(fixture, rabbit)
{
    private const string Frequent = "select count(*) from pg_class where relname = $1";

    [Fact]
    public async Task A_frequent_statement_stays_prepared_across_pool_returns_and_nothing_else_of_the_session_does()
    {
        var settings = Platform.Watchlist.Services.GetRequiredService<EventStoreSettings>().ConnectionString;
        // One connection in the pool, so that the second open is the same server session as the first.
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(settings) { MaxPoolSize = 1 }.ConnectionString);
        await using (var connection = await source.OpenConnectionAsync())
        {
            Assert.Equal(0, await PreparedAsync(connection));
            for (var i = 0; i < 6; i++) await CountAsync(connection);
            Assert.Equal(1, await PreparedAsync(connection));
            // Session state a user leaves behind, which the next user of the connection must not find.
            await ScalarAsync(connection, "create temp table left_behind (x int)");
            await ScalarAsync(connection, "set statement_timeout = 1234");
            await ScalarAsync(connection, "select pg_advisory_lock(914400)");
        }
        await using (var again = await source.OpenConnectionAsync())
        {
            Assert.Equal(1, await PreparedAsync(again)); // the reset on return kept it: no DISCARD ALL
            Assert.Equal(0L, await ScalarAsync(again, "select count(*) from pg_class where relname = 'left_behind'"));
            Assert.Equal("0", await ScalarAsync(again, "show statement_timeout"));
            Assert.Equal(0L, await ScalarAsync(again,
                "select count(*) from pg_locks where locktype = 'advisory' and objid = 914400 and pid = pg_backend_pid()"));
        }
    }

    private static async Task CountAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(Frequent, connection) { Parameters = { new() { Value = "mt_events" } } };
        await command.ExecuteScalarAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<long> PreparedAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_prepared_statements where statement like '%relname = $1%' and statement not like '%pg_prepared%'",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
