using System.Diagnostics.Metrics;
using Marten;
using Marten.Services;
using Npgsql;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// The alerts service's metrics (<see cref="WatchlistMetrics"/>). Raised alerts are counted after their commit, whichever path
/// raised them (a live hit, retro-screening, content), so a rolled-back or retried raise counts once; the open alerts are
/// counted from the board every few seconds.
/// </summary>
public static class AlertMetrics
{
    /// <summary>Lower-case labels by each <see cref="AlertSeverity"/>'s value: nothing is made per alert.</summary>
    private static readonly string[] Severities = [.. Enum.GetNames<AlertSeverity>().Select(n => n.ToLowerInvariant())];

    public static void Listen(StoreOptions options) => options.Listeners.Add(new RaisedAlerts());

    public static IServiceCollection AddAlertMetrics(this IServiceCollection services) => services
        .AddSingleton<OpenAlerts>().AddHostedService(sp => sp.GetRequiredService<OpenAlerts>())
        .AddGauge("watchlist_alerts_open", null, "Alerts not resolved, by severity.", sp => sp.GetRequiredService<OpenAlerts>().Observe)
        .AddMetricsAtZero(() =>
        {
            foreach (var severity in Enum.GetValues<AlertSeverity>()) WatchlistMetrics.SlaBreaches.Add(0, Severity(severity));
        });

    /// <summary>An alert escalated because its deadline passed (not by hand).</summary>
    public static void SlaBreached(AlertSeverity severity) => WatchlistMetrics.SlaBreaches.Add(1, Severity(severity));

    private static KeyValuePair<string, object?> Severity(AlertSeverity severity) => new("severity", Severities[(int)severity]);

    private sealed class RaisedAlerts : DocumentSessionListenerBase
    {
        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            foreach (var stored in commit.GetEvents())
                if (stored.Data is AlertRaised raised)
                {
                    WatchlistMetrics.AlertsRaised.Add(1, Severity(raised.Severity), new("retro", raised.Facts.Retro ? "true" : "false"));
                    // A retro alert's screening was answered before the entry was listed: its age says nothing of the path.
                    if (!raised.Facts.Retro) WatchlistMetrics.HitToAlert.Record(WatchlistMetrics.SecondsSince(raised.Hit.ScreenedAt));
                }
            return Task.CompletedTask;
        }
    }

    /// <summary>Open alerts by severity, counted on the board (<see cref="DatabaseSampler"/>).</summary>
    public sealed class OpenAlerts(EventStoreSettings store, ILogger<OpenAlerts> log)
        : DatabaseSampler(store, log, [.. Severities.Select(s => Count(0, s))])
    {
        protected override string Sampled => "open alerts";

        protected override async Task<Measurement<double>[]> SampleAsync(NpgsqlConnection connection, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand($"""
                select lower(data->>'severity'), count(*)::float8 from "{Store.Schema}".mt_doc_alertview
                where data->>'status' <> 'RESOLVED' group by 1
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var counts = Severities.ToDictionary(s => s, _ => 0d);
            while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetDouble(1);
            return [.. counts.Select(c => Count(c.Value, c.Key))];
        }

        private static Measurement<double> Count(double n, string severity) =>
            new(n, new KeyValuePair<string, object?>("severity", severity));
    }
}
