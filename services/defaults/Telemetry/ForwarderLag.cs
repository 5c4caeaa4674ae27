using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>
/// <c>watchlist_forwarder_lag_seconds{service}</c>: the age of the oldest stored event the forwarder has not published yet,
/// 0 when it has published everything. Read from the database every few seconds (the first unpublished event by sequence),
/// so every replica reports the same figure whichever one runs the daemon.
/// </summary>
public sealed class ForwarderLag(EventStoreSettings store, ServiceIdentity service, ILogger<ForwarderLag> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly ScrapeDemand _demand = new();
    private double _seconds;

    public IEnumerable<Measurement<double>> Observe()
    {
        _demand.Scraped();
        return [new(Volatile.Read(ref _seconds), new KeyValuePair<string, object?>("service", service.Name))];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sql = $"""
            select extract(epoch from now() - e.timestamp)::float8 from "{store.Schema}".mt_events e
            where e.seq_id > coalesce((select max(last_seq_id) from "{store.Schema}".mt_event_progression
                                       where name like '{EventForwarder.SubscriptionId}%'), 0)
            order by e.seq_id limit 1
            """;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!_demand.Wanted)
            {
                await Task.Delay(Every, stoppingToken);
                continue;
            }
            try
            {
                await using var connection = new NpgsqlConnection(store.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using var command = new NpgsqlCommand(sql, connection);
                var age = await command.ExecuteScalarAsync(stoppingToken);
                Volatile.Write(ref _seconds, age is double d ? Math.Max(0, d) : 0);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable) { } // before Marten made its tables
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogDebug(ex, "Reading the forwarder's lag failed; trying again");
            }
            await Task.Delay(Every, stoppingToken);
        }
    }
}
