using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>
/// A gauge whose figures come from the service's own database: read every few seconds by this background service, never
/// at scrape time, and only while the gauge has been scraped lately (<see cref="ScrapeDemand"/>). A scrape answers the last
/// figures; every replica reads the same database, so every replica reports the same ones.
/// </summary>
public abstract class DatabaseSampler(EventStoreSettings store, ILogger log, Measurement<double>[] initial) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly ScrapeDemand _demand = new();
    private Measurement<double>[] _figures = initial;

    /// <summary>The gauge's callback, run when <c>/metrics</c> is scraped.</summary>
    public IEnumerable<Measurement<double>> Observe()
    {
        _demand.Scraped();
        return Volatile.Read(ref _figures);
    }

    /// <summary>What is sampled, for the log line of a failed read.</summary>
    protected abstract string Sampled { get; }

    /// <summary>Reads the figures once, over an open connection to the service's database.</summary>
    protected abstract Task<Measurement<double>[]> SampleAsync(NpgsqlConnection connection, CancellationToken ct);

    protected EventStoreSettings Store => store;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (_demand.Wanted)
                try
                {
                    await using var connection = new NpgsqlConnection(store.ConnectionString);
                    await connection.OpenAsync(stoppingToken);
                    Volatile.Write(ref _figures, await SampleAsync(connection, stoppingToken));
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable) { } // before Marten made its tables
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogDebug(ex, "Sampling {Sampled} failed; trying again", Sampled);
                }
            await Task.Delay(Every, stoppingToken);
        }
    }
}
