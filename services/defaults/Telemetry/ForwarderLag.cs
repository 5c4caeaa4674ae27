using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>
/// <c>watchlist_forwarder_lag_seconds{service}</c>: the age of the oldest stored event the forwarder has not published yet,
/// 0 when it has published everything, read from the database (the first unpublished event by sequence), so every replica
/// reports the same figure whichever one runs the daemon.
/// </summary>
public sealed class ForwarderLag(EventStoreSettings store, ServiceIdentity service, ILogger<ForwarderLag> log)
    : DatabaseSampler(store, log, [Lag(0, service)])
{
    protected override string Sampled => "the forwarder's lag";

    protected override async Task<Measurement<double>[]> SampleAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select extract(epoch from now() - e.timestamp)::float8 from "{Store.Schema}".mt_events e
            where e.seq_id > coalesce((select max(last_seq_id) from "{Store.Schema}".mt_event_progression
                                       where name like '{EventForwarder.SubscriptionId}%'), 0)
            order by e.seq_id limit 1
            """, connection);
        var age = await command.ExecuteScalarAsync(ct);
        return [Lag(age is double d ? Math.Max(0, d) : 0, service)];
    }

    private static Measurement<double> Lag(double seconds, ServiceIdentity service) =>
        new(seconds, new KeyValuePair<string, object?>("service", service.Name));
}
