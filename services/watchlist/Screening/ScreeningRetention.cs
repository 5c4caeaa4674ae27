using Marten;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;
using Watchlist.WatchlistService.Content.Screening;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// Retention of screening records' personal data (decision 0039), as two rules of the service's <see cref="RetentionService"/>
/// (one replica at a time, a batch per transaction, safe to run again: the rules act on what the database still shows).
/// </summary>
public static class ScreeningRetention
{
    /// <summary>Crypto-shredding: data keys older than the period are deleted, and the records they sealed read as pseudonyms.</summary>
    public static IRetentionRule Keys(PersonalDataSettings settings) =>
        new DocumentRetention<DataKey>("personal data keys", settings.Retention, cutoff => k => k.CreatedAt < cutoff);
}

/// <summary>
/// Records stored before sealing existed hold the traveller in clear in the event itself, and no key can be shredded for them.
/// Past the period their data is rewritten in place with the pseudonyms a sealed record would show: the one write this
/// service makes to a stored event, deliberately, because the law asks for the clear data to go and nothing else would take
/// it away. The event keeps its id, sequence, stream, type and time; decisions, hits and who asked are unchanged.
/// </summary>
public sealed class LegacyScreeningMasking(PersonalDataSettings settings, ScreeningPrivacy privacy, IDocumentStore store) : IRetentionRule
{
    public string Name => "unsealed screening records";

    public TimeSpan Horizon => settings.Retention;

    public async Task<int> PruneBatchAsync(IDocumentSession session, DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        var types = store.Options.Events.AllKnownEventTypes()
            .Where(t => t.EventType == typeof(ScreeningRecorded) || t.EventType == typeof(ContentScreeningRecorded))
            .Select(t => t.EventTypeName).ToArray();
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        var ids = await session.QueryAsync<Guid>(
            $"select id from {table} where type = ANY(?) and timestamp < ? and data->'sealed' is null and data->'pseudonymised' is null " +
            "order by seq_id limit ?", ct, types, now - Horizon, batchSize);
        var masked = 0;
        foreach (var id in ids)
        {
            var stored = await session.Events.LoadAsync(id, ct);
            if (stored is null) continue;
            masked++;
            var data = store.Options.Serializer().ToJson(privacy.Mask(stored.Data));
            session.QueueSqlCommand($"update {table} set data = ?::jsonb where id = ?", data, id);
        }
        await session.SaveChangesAsync(ct);
        // What was masked, not what was found: an event that cannot be loaded must not keep the round's loop going.
        return masked;
    }
}
