using Watchlist.Notifications;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>Notifications replicas of one test: one schema, one prefix, durable queues, in process or as processes.</summary>
public sealed class Replicas(RabbitMqFixture rabbit, string tag)
{
    private readonly string _prefix = $"{tag}{Guid.NewGuid():N}"[..10];
    private readonly List<IAsyncDisposable> _started = [];
    private string Schema => $"{_prefix}_notifications";

    private Dictionary<string, string> Settings => new()
    {
        ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres,
        ["Marten:Schema"] = Schema,
        ["EventStore:DaemonMode"] = "Solo",
        ["RABBITMQ_URL"] = rabbit.Url,
        ["Messaging:EndpointPrefix"] = $"{_prefix}-",
        ["Messaging:TemporaryEndpoints"] = "false", // durable: messages wait in the queue while a replica is down
    };

    public Task InitializeAsync() => TestSchemas.DropAsync(Schema);

    public ServiceHost<NotificationsMarker> StartInProcess()
    {
        var host = new ServiceHost<NotificationsMarker>(Settings).Start();
        lock (_started) _started.Add(host);
        return host;
    }

    public async Task<ServiceProcess> StartProcessAsync()
    {
        var process = await ServiceProcess.StartAsync("services/notifications", "Watchlist.Notifications", Settings);
        lock (_started) _started.Add(process);
        return process;
    }

    public async Task DisposeAsync()
    {
        foreach (var started in _started) await started.DisposeAsync();
        await DurableQueues.DeleteAsync(rabbit.Url, $"{_prefix}-AlertFeed", $"{_prefix}-EntryLabels");
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
