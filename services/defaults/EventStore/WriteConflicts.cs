using Npgsql;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// Failures of a transaction that lost a race and is worth running again from the start, reading everything anew: another
/// writer appended or stored first, or PostgreSQL chose this transaction as a deadlock's victim (a group of crossings and a
/// group of list changes can each hold locks the other wants) or failed it for serialization. The group writers retry these;
/// anything else is a fault.
/// </summary>
public static class WriteConflicts
{
    public static bool IsRetryable(Exception ex) => ex switch
    {
        JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException
            or Marten.Exceptions.ExistingStreamIdCollisionException => true,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        // Marten wraps what the database said.
        { InnerException: { } inner } => IsRetryable(inner),
        _ => false,
    };
}
