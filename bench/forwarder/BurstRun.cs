using System.Diagnostics;
using System.Security.Cryptography;
using Marten;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchlist.Contracts.Alerts;
using Npgsql;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Retention;
using Watchlist.Alerts.Integration;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Bench.Forwarder;

/// <summary>One run: a fresh schema, the forwarder running with the given loader, the burst written while it forwards.</summary>
public static class BurstRun
{
    public static async Task<RunResult> RunAsync(string label, string loading, Burst burst, string postgres, string rabbit)
    {
        var schema = $"bench_forwarder_{label.Replace("-", "")}";
        await DropSchemaAsync(postgres, schema);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["Marten:Schema"] = schema,
            ["EventStore:DaemonMode"] = "Solo",
            ["EventStore:Forwarder:Loading"] = loading,
            ["RABBITMQ_URL"] = rabbit,
            ["Messaging:EndpointPrefix"] = $"bench-forwarder-{label}-",
            ["Messaging:TemporaryEndpoints"] = "true",
        });
        builder.AddEventStore("bench", AlertStore.Configure).AddEventForwarding<AlertIntegrationEvents>();
        builder.AddMessaging(_ => { });
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var published = new PublishCounter();
            host.Services.GetRequiredService<IBus>().ConnectPublishObserver(published);
            var store = host.Services.GetRequiredService<IDocumentStore>();
            // Raisings are stored sealed, as the service stores them (a data key each, in the same transaction).
            var personal = new PersonalDataSettings(TimeSpan.FromDays(365), RandomNumberGenerator.GetBytes(32),
                RandomNumberGenerator.GetBytes(32));
            var privacy = new AlertPrivacy(new PersonalDataVault(personal), new Pseudonyms(personal));
            long stored = 0, maxLag = 0;
            var clock = Stopwatch.StartNew();
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    maxLag = Math.Max(maxLag, Interlocked.Read(ref stored) - published.Count);
                    await Task.Delay(100);
                }
            });
            await Parallel.ForEachAsync(Enumerable.Range(0, burst.Alerts), new ParallelOptions { MaxDegreeOfParallelism = burst.Writers },
                async (a, ct) => await WriteAlertAsync(store, privacy, label, a, burst, n => Interlocked.Add(ref stored, n), ct));
            var written = clock.Elapsed;
            var deadline = DateTime.UtcNow.AddMinutes(30);
            while (published.Count < burst.Events && DateTime.UtcNow < deadline) await Task.Delay(50);
            var caughtUp = clock.Elapsed;
            await sampling.CancelAsync();
            await sampler;
            if (published.Count < burst.Events)
                throw new TimeoutException($"{label}: {published.Count} of {burst.Events} published in 30 minutes");
            var perSecond = burst.Events / (published.Last - published.First).TotalSeconds;
            var result = new RunResult(label, loading, perSecond, maxLag, caughtUp - written, written);
            Console.WriteLine($"{label}: {perSecond:N0} events/s, max lag {maxLag:N0} events, "
                + $"drained {result.Drain.TotalSeconds:F1} s after the burst");
            return result;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>An alert raised and then hit again and again, a chunk of hits per transaction as retro-screening writes them.</summary>
    private static async Task WriteAlertAsync(IDocumentStore store, AlertPrivacy privacy, string label, int index, Burst burst,
        Action<int> stored, CancellationToken ct)
    {
        var key = $"bench|{label}|{index}";
        var at = DateTimeOffset.UtcNow;
        var traveller = new TravellerSnapshot([$"Bench Traveller {index}"], "1980-05-12", null, "VNM", [], []);
        var facts = new AlertFacts(key, $"name:bench traveller {index}", Guid.NewGuid(), 1, $"Bench Entry {index}", null, "ARREST",
            "HUMAN_TRAFFICKING", ["bench"], "VN-TSN", traveller, 0.97, "MATCH", "VN-MPS", ["*"], true, "VN-MPS",
            AlertAudience.Of("VN-MPS", "VN-MPS"));
        var change = new AlertChange(AlertChange.RetroActor, "VN-MPS", at, null);
        HitRecord Hit() => new(Guid.NewGuid(), at, 1, 0.97, "MATCH", ["*"], true);
        Alert? alert = null;
        for (var written = 0; written < burst.Hits;)
        {
            var events = new List<IAlertEvent>();
            var state = alert;
            for (var i = 0; i < burst.Chunk && written + i < burst.Hits; i++)
            {
                IAlertCommand command = state is null
                    ? new RaiseAlert(OpenAlertKey.AlertIdFor(key, 1), facts, AlertSeverity.Critical, Hit(), at.AddHours(1), change)
                    : new RecordHit(state.Id, Hit(), false, false, change);
                var decided = AlertDecider.Decide(command, state);
                events.AddRange(decided);
                state = AlertDecider.Fold(state, decided);
            }
            await using var session = store.LightweightSession();
            alert = await session.AppendAlertAsync(alert, events, ct, privacy);
            await session.SaveChangesAsync(ct);
            written += events.Count;
            stored(events.Count);
        }
    }

    private static async Task DropSchemaAsync(string postgres, string schema)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Messages the broker accepted (publisher confirms), counted as the forwarder publishes them.</summary>
    private sealed class PublishCounter : IPublishObserver
    {
        private long _count;
        public long Count => Interlocked.Read(ref _count);
        public DateTime First { get; private set; }
        public DateTime Last { get; private set; }

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            var now = DateTime.UtcNow;
            if (Interlocked.Increment(ref _count) == 1) First = now;
            Last = now;
            return Task.CompletedTask;
        }

        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
