using System.Diagnostics;
using System.Net;
using Npgsql;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;
using static Watchlist.Tests.Integration.Operations.PlatformCalls;

namespace Watchlist.Tests.Integration.Operations;

/// <summary>
/// The operator's backup, proven: the platform runs as in production, each service on a database of its own (named after the
/// test database, so nothing another process uses is touched); <c>scripts/backup.sh</c> copies it while it runs, with the
/// notifications service down and an alert on its way to it; the databases are dropped and the queues deleted with what
/// waited in them; <c>scripts/restore.sh</c> and <c>scripts/rebuild.sh</c> bring it back, and the platform started again
/// has every entry, alert, subscription and feed item, the alert that was in flight included, once, and screens as before.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private static readonly string[] Services = ["watchlist", "alerts", "notifications"];

    // Durable queues, as in production: their definitions are part of the backup, and they outlive the hosts.
    private static readonly Dictionary<string, string> Settings = new() { ["Messaging:TemporaryEndpoints"] = "false" };

    private readonly RabbitMqFixture _rabbit;
    private readonly ITestOutputHelper _output;
    private readonly ProductionProcesses _hosts;
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"watchlist-backup-{Guid.NewGuid():N}");

    public BackupRestoreTests(RabbitMqFixture rabbit, ITestOutputHelper output)
    {
        (_rabbit, _output) = (rabbit, output);
        _hosts = new ProductionProcesses(rabbit, "bkp", ConnectionOf);
    }

    private static string Database(string service) =>
        $"{new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres).Database}_restore_{service}";

    private static string ConnectionOf(string service) =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = Database(service) }.ConnectionString;

    private string VirtualHost => Uri.UnescapeDataString(new Uri(_rabbit.Url).AbsolutePath.Trim('/')) is { Length: > 0 } v ? v : "/";

    public async Task InitializeAsync()
    {
        await DropDatabasesAsync();
        foreach (var service in Services) await AdminAsync($"CREATE DATABASE \"{Database(service)}\"");
        await _hosts.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        await _hosts.DisposeAsync();
        await DropDatabasesAsync();
        foreach (var queue in await QueuesAsync())
            await RepositoryScripts.ToolAsync("rabbitmqctl", "-q", "delete_queue", "-p", VirtualHost, queue.Key);
        if (Directory.Exists(_backup)) Directory.Delete(_backup, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_the_platform_runs_restores_every_entry_alert_subscription_and_feed_item()
    {
        var admin = _hosts.Client("admin");
        var officer = _hosts.Client("officer", subject: "officer-bkp");
        var centre = _hosts.Client("command-centre", subject: "cc-bkp");
        var subscriptions = new[] { await SubscribeAsync(centre, "all"), await SubscribeAsync(centre, "arrests") };
        await SetListPolicyAsync(admin, "backup-drill");
        var people = Enumerable.Range(0, 5).Select(_ => Traveller.Unique()).ToList();
        var entries = new List<Guid>();
        foreach (var person in people) entries.Add(await ListAsync(admin, person));
        var screening = await ScreenUntilHitAsync(officer, people[0], entries[0]);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/screenings/{screening}")).StatusCode); // in the access log
        await ScreenUntilHitAsync(officer, people[1], entries[1]);
        await AlertsUntilAsync(centre, 2);
        var feedsBefore = new Dictionary<Guid, List<FeedItem>>();
        foreach (var subscription in subscriptions) feedsBefore[subscription] = await FeedUntilAsync(centre, subscription, 2);

        // A consumer behind: notifications is down while a third alert is raised and published to its queue.
        await _hosts.Notifications.KillAsync();
        await ScreenUntilHitAsync(officer, people[2], entries[2]);
        var alerts = await AlertsUntilAsync(centre, 3);
        await ForwarderCaughtUpAsync("alerts");

        var backup = await RepositoryScripts.RunAsync("backup.sh", [_backup], ScriptEnvironment());
        _output.WriteLine(backup);

        // The disaster: every host gone, the databases dropped, the queues deleted with the message that waited in one.
        await _hosts.StopAsync();
        await DropDatabasesAsync();
        var queues = (await QueuesAsync()).Keys.ToList();
        Assert.NotEmpty(queues);
        foreach (var queue in queues) await RepositoryScripts.ToolAsync("rabbitmqctl", "-q", "delete_queue", "-p", VirtualHost, queue);

        var clock = Stopwatch.StartNew();
        var restore = await RepositoryScripts.RunAsync("restore.sh", [_backup], ScriptEnvironment());
        clock.Stop();
        _output.WriteLine(restore);
        Assert.Equal(queues.Order(), (await QueuesAsync()).Keys.Order());

        var views = await ViewsAsync();
        await RebuildFromEmptyViewsAsync();
        Assert.Equal(views, await ViewsAsync());

        await _hosts.StartAsync(Settings, keepData: true);
        admin = _hosts.Client("admin");
        officer = _hosts.Client("officer", subject: "officer-bkp");
        centre = _hosts.Client("command-centre", subject: "cc-bkp");

        Assert.Equal(entries.Order(), (await IdsAsync(admin, "/api/entries?limit=100")).Order());
        Assert.Equal(alerts.Order(), (await IdsAsync(centre, "/api/alerts?limit=100")).Order());
        Assert.Equal(subscriptions.Order(), (await IdsAsync(centre, "/api/subscriptions")).Order());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/lists/backup-drill")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/screenings/{screening}")).StatusCode);
        // The third alert reaches the feeds now, republished by the forwarder; everything else it republished is dropped.
        foreach (var subscription in subscriptions) await FeedUntilAsync(centre, subscription, 3);
        await ForwarderCaughtUpAsync("alerts");
        await Eventually.Until(async () => (await QueuesAsync()).Values.Sum(), n => n == 0, "every queue to be drained");
        var feedItems = 0;
        foreach (var subscription in subscriptions)
        {
            var feed = await FeedAsync(centre, subscription);
            Assert.Equal(feedsBefore[subscription], feed.Take(feedsBefore[subscription].Count));
            Assert.Equal(alerts.Order(), feed.Select(i => i.Alert).Distinct().Order());
            Assert.Equal(feed.Count, feed.Select(i => (i.Alert, i.Version)).Distinct().Count());
            feedItems += feed.Count;
        }

        // A restored entry still hits, and the restored platform raises and delivers its alert.
        await ScreenUntilHitAsync(officer, people[3], entries[3]);
        await AlertsUntilAsync(centre, 4);
        foreach (var subscription in subscriptions) await FeedUntilAsync(centre, subscription, 4);

        _output.WriteLine($"Restored: {entries.Count} entries, {alerts.Count} alerts, {subscriptions.Length} subscriptions, " +
            $"{feedItems} feed items ({feedsBefore.Values.Sum(f => f.Count)} before the backup); " +
            $"restore took {clock.ElapsedMilliseconds} ms");
    }

    private static readonly (string Service, string Table)[] Projections =
    [
        ("watchlist", "mt_doc_entryview"), ("watchlist", "mt_doc_listpolicy"), ("watchlist", "mt_doc_accesslogview"),
        ("alerts", "mt_doc_alertview"),
    ];

    private async Task RebuildFromEmptyViewsAsync()
    {
        foreach (var (service, table) in Projections)
        {
            await using var connection = new NpgsqlConnection(ConnectionOf(service));
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand($"DELETE FROM \"{_hosts.Schema(service)}\".{table}", connection);
            Assert.True(await delete.ExecuteNonQueryAsync() > 0, $"{table} was empty before the rebuild");
        }
        NpgsqlConnection.ClearAllPools();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}")
            ? "Release" : "Debug";
        // With the hosts' own keys, as an operator runs it with the Secrets: the alert board is rebuilt from sealed raisings.
        var environment = new Dictionary<string, string>(ScriptEnvironment())
        {
            ["WATCHLIST_CONFIGURATION"] = configuration, ["WATCHLIST_NO_BUILD"] = "1",
        };
        foreach (var (name, value) in ProductionProcesses.PersonalDataKeys) environment[name] = value;
        var rebuild = await RepositoryScripts.RunAsync("rebuild.sh", [], environment);
        _output.WriteLine(rebuild);
    }

    /// <summary>The documents of every projection, as stored: what a rebuild must write again exactly.</summary>
    private async Task<List<string>> ViewsAsync()
    {
        var views = new List<string>();
        foreach (var (service, table) in Projections)
        {
            await using var connection = new NpgsqlConnection(ConnectionOf(service));
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand(
                $"SELECT id::text || ' ' || data::text FROM \"{_hosts.Schema(service)}\".{table} ORDER BY id", connection);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) views.Add(reader.GetString(0));
        }
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(5 + 1 + 1 + 3, views.Count); // entries, the list policy, the read of a screening, alerts
        return views;
    }

    private Dictionary<string, string> ScriptEnvironment()
    {
        var database = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres);
        var environment = new Dictionary<string, string>
        {
            ["PGHOST"] = database.Host!, ["PGPORT"] = database.Port.ToString(), ["PGUSER"] = database.Username!,
            ["PGPASSWORD"] = database.Password!, ["RABBITMQ_URL"] = _rabbit.Url,
        };
        foreach (var service in Services)
        {
            environment[$"WATCHLIST_DATABASE_{service.ToUpperInvariant()}"] = Database(service);
            environment[$"WATCHLIST_SCHEMA_{service.ToUpperInvariant()}"] = _hosts.Schema(service);
        }
        return environment;
    }

    /// <summary>This test's queues (by the hosts' prefix) and the messages waiting in each.</summary>
    private async Task<Dictionary<string, int>> QueuesAsync()
    {
        var listing = await RepositoryScripts.ToolAsync("rabbitmqctl", "-q", "list_queues", "-p", VirtualHost, "--no-table-headers",
            "name", "messages");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns[0].StartsWith(_hosts.Prefix, StringComparison.Ordinal))
            .ToDictionary(columns => columns[0], columns => int.Parse(columns[1]));
    }

    /// <summary>The forwarder's checkpoint has reached the last stored event: whatever the service stored is in RabbitMQ.</summary>
    private async Task ForwarderCaughtUpAsync(string service) => await Eventually.Until(async () =>
    {
        await using var connection = new NpgsqlConnection(ConnectionOf(service));
        await connection.OpenAsync();
        var schema = _hosts.Schema(service);
        await using var behind = new NpgsqlCommand(
            $"SELECT string_agg(seq_id || ' ' || type, ', ' ORDER BY seq_id) FROM \"{schema}\".mt_events WHERE seq_id > " +
            $"coalesce((SELECT max(last_seq_id) FROM \"{schema}\".mt_event_progression WHERE name LIKE 'forwarder%'), 0)", connection);
        return (await behind.ExecuteScalarAsync()) as string ?? "";
    }, events => events.Length == 0, $"the {service} forwarder to publish every stored event (events not yet published)",
        TimeSpan.FromSeconds(30));

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropDatabasesAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var service in Services) await AdminAsync($"DROP DATABASE IF EXISTS \"{Database(service)}\" WITH (FORCE)");
    }
}
