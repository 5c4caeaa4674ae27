using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.ServiceDefaults.PersonalData;

/// <summary>
/// Events stored before sealing existed hold a traveller in clear in the event itself, and no key can be shredded for them.
/// Past the period their data is rewritten in place with the pseudonyms a sealed event would show: the one write a service
/// makes to a stored event, deliberately, because the law asks for the clear data to go and nothing else would take it away.
/// The event keeps its id, sequence, stream, type and time. A service names the event types that carry personal data
/// (stored with a <c>sealed</c> field today) and how one is masked; masked events carry <c>"pseudonymised": true</c>.
/// </summary>
public abstract class UnsealedEventMasking(PersonalDataSettings settings, IDocumentStore store) : IRetentionRule
{
    public abstract string Name { get; }

    public TimeSpan Horizon => settings.Retention;

    /// <summary>The event types this rule looks for.</summary>
    protected abstract IReadOnlyList<Type> EventTypes { get; }

    /// <summary>Which of them still hold clear data (SQL over <c>data</c>): by default those stored without a sealed form.</summary>
    protected virtual string Unmasked => "data->'sealed' is null";

    /// <summary>The new data of <paramref name="stored"/>, and of any other event of its stream that holds the same clear data.</summary>
    protected abstract Task<IReadOnlyList<(Guid EventId, object Data)>> MaskAsync(IDocumentSession session, IEvent stored,
        CancellationToken ct);

    public async Task<int> PruneBatchAsync(IDocumentSession session, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var types = store.Options.Events.AllKnownEventTypes().Where(t => EventTypes.Contains(t.EventType))
            .Select(t => t.EventTypeName).ToArray();
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        var ids = await session.QueryAsync<Guid>(
            $"select id from {table} where type = ANY(?) and timestamp < ? and ({Unmasked}) and data->'pseudonymised' is null " +
            "order by seq_id limit ?", ct, types, now - Horizon, batchSize);
        var masked = 0;
        foreach (var id in ids)
        {
            var stored = await session.Events.LoadAsync(id, ct);
            if (stored is null) continue;
            masked++;
            foreach (var (eventId, data) in await MaskAsync(session, stored, ct))
                session.QueueSqlCommand($"update {table} set data = ?::jsonb where id = ?", store.Options.Serializer().ToJson(data),
                    eventId);
        }
        await session.SaveChangesAsync(ct);
        // What was masked, not what was found: an event that cannot be loaded must not keep the round's loop going.
        return masked;
    }
}
