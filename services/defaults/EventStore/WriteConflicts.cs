using Microsoft.Extensions.Logging;
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
    /// <summary>How many times a group transaction is run, by default, before a lost race counts as a failure.</summary>
    public const int DefaultAttempts = 10;

    /// <summary>
    /// Runs <paramref name="transaction"/> (which opens its own session and reads everything anew) until it commits; after a
    /// retryable failure, or one <paramref name="alsoRetryable"/> names, it waits a short random while and runs it again.
    /// </summary>
    public static async Task RetryAsync(Func<Task> transaction, ILogger log, string what, CancellationToken ct,
        Func<Exception, bool>? alsoRetryable = null, int attempts = DefaultAttempts)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await transaction();
                return;
            }
            catch (Exception ex) when (attempt < attempts && (IsRetryable(ex) || alsoRetryable?.Invoke(ex) == true))
            {
                log.LogDebug(ex, "{What} lost a race on attempt {Attempt}; running it again", what, attempt);
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

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
