using Marten.Exceptions;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Tests.Unit.Alerts;

/// <summary>Which failures the group writers run again: a lost race or a deadlock's victim, never a fault.</summary>
public sealed class WriteConflictsTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public void A_deadlock_victim_or_a_serialization_failure_is_run_again_even_as_Marten_wraps_it(string sqlState)
    {
        Assert.True(WriteConflicts.IsRetryable(Postgres(sqlState)));
        Assert.True(WriteConflicts.IsRetryable(new MartenCommandException(new NpgsqlCommand("select 1"), Postgres(sqlState))));
    }

    [Fact]
    public void Lost_races_of_Marten_are_run_again()
    {
        Assert.True(WriteConflicts.IsRetryable(new JasperFx.ConcurrencyException(typeof(object), Guid.NewGuid())));
        Assert.True(WriteConflicts.IsRetryable(new ExistingStreamIdCollisionException(Guid.NewGuid(), typeof(object))));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UndefinedTable)]
    [InlineData(PostgresErrorCodes.NotNullViolation)]
    [InlineData(PostgresErrorCodes.QueryCanceled)]
    public void Faults_are_not(string sqlState)
    {
        Assert.False(WriteConflicts.IsRetryable(Postgres(sqlState)));
        Assert.False(WriteConflicts.IsRetryable(new MartenCommandException(new NpgsqlCommand("select 1"), Postgres(sqlState))));
        Assert.False(WriteConflicts.IsRetryable(new InvalidOperationException("a bug")));
    }
}
