using Marten;
using JasperFx;
using MassTransit;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.ServiceDefaults.Messaging;

public static class IdempotentConsumption
{
    /// <summary>
    /// Applies a message's effect at most once: the effect and the record that the message was
    /// handled commit in one Marten transaction, so a redelivery (after a crash, a broker
    /// restart or the forwarder's retry) finds the record and changes nothing. Two copies handled at
    /// the same moment (the early publish and the forwarder's) whose effect appends events take turns,
    /// just before saving, on a lock named after the record, so the second finds the first's record and
    /// appends nothing instead of failing its append (see <see cref="TransactionLocks"/>). The lock is taken
    /// late on purpose: a transaction open for the whole effect would hold back every reader that waits
    /// for older transactions to finish (the watchlist's list position does, in a shared database).
    /// </summary>
    /// <returns>false when the message had been handled already.</returns>
    public static async Task<bool> HandleOnceAsync(this IDocumentStore store, ConsumeContext context, string consumer,
        Func<IDocumentSession, Task> effect)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{consumer} received a message without a MessageId.");
        var id = $"{consumer}/{messageId}";
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<HandledMessage>(id, context.CancellationToken) is not null)
            return false;

        await effect(session);
        if (session.PendingChanges.Streams().Any())
        {
            await TransactionLocks.TakeAsync(session, "handled:" + id, context.CancellationToken);
            if (await session.LoadAsync<HandledMessage>(id, context.CancellationToken) is not null) return false;
        }
        session.Insert(new HandledMessage(id, DateTimeOffset.UtcNow));
        try
        {
            await session.SaveChangesAsync(context.CancellationToken);
            return true;
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            // A concurrent delivery of the same message committed first; any other collision belongs to the
            // effect and propagates, so the bus retries or dead-letters the message instead of losing it.
            if (await WasHandledAsync(store, id, context.CancellationToken)) return false;
            throw;
        }
    }

    private static async Task<bool> WasHandledAsync(IDocumentStore store, string id, CancellationToken ct)
    {
        await using var fresh = store.QuerySession();
        return await fresh.LoadAsync<HandledMessage>(id, ct) is not null;
    }
}
