using System.Net.Http.Headers;
using Marten;
using Watchlist.Alerts;
using Watchlist.Gateway;
using Watchlist.Notifications;
using Watchlist.WatchlistService;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// The four real hosts on Kestrel, wired as in production (gateway → services over HTTP, services
/// → RabbitMQ and PostgreSQL), isolated by a per-class prefix on schemas, queues and exchanges.
/// </summary>
public sealed class Platform : IAsyncDisposable
{
    private readonly string _prefix;
    private readonly Dictionary<string, string> _gatewaySettings;
    private readonly Dictionary<string, string> _alertsSettings;
    private readonly Dictionary<string, string> _notificationsSettings;
    private readonly Action<IServiceCollection>? _notificationsServices;
    private readonly Dictionary<string, string> _watchlistSettings;

    public Platform(string testClass, Dictionary<string, string>? gatewaySettings = null, Dictionary<string, string>? alertsSettings = null,
        Dictionary<string, string>? notificationsSettings = null, Action<IServiceCollection>? notificationsServices = null,
        Dictionary<string, string>? watchlistSettings = null)
    {
        _prefix = "t_" + new string(testClass.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        _gatewaySettings = gatewaySettings ?? [];
        _alertsSettings = alertsSettings ?? [];
        _notificationsSettings = notificationsSettings ?? [];
        _notificationsServices = notificationsServices;
        _watchlistSettings = watchlistSettings ?? [];
    }

    public ServiceHost<WatchlistServiceMarker> Watchlist { get; private set; } = null!;
    public ServiceHost<AlertsMarker> Alerts { get; private set; } = null!;
    public ServiceHost<NotificationsMarker> Notifications { get; private set; } = null!;
    public ServiceHost<GatewayMarker> Gateway { get; private set; } = null!;
    private Task? _start;

    /// <summary>Starts once per test class; a failure to start fails every test of the class with the same cause.</summary>
    public Task StartAsync(RabbitMqFixture rabbit) => _start ??= StartOnceAsync(rabbit);

    private async Task StartOnceAsync(RabbitMqFixture rabbit)
    {
        await TestSchemas.DropAsync(Schema("watchlist"), Schema("alerts"), Schema("notifications"));
        Watchlist = StartWatchlist(rabbit);
        Alerts = StartAlerts(rabbit);
        Notifications = StartNotifications(rabbit);
        Gateway = new ServiceHost<GatewayMarker>(new Dictionary<string, string>(_gatewaySettings)
        {
            ["Services:Watchlist"] = Watchlist.Address.ToString(),
            ["Services:Alerts"] = Alerts.Address.ToString(),
            ["Services:Notifications"] = Notifications.Address.ToString(),
        }).Start();
    }

    /// <summary>A new watchlist host on the same schema and queues: what a restarted process would be.</summary>
    public ServiceHost<WatchlistServiceMarker> StartWatchlist(RabbitMqFixture rabbit)
    {
        var settings = ServiceSettings("watchlist", rabbit);
        foreach (var (key, value) in _watchlistSettings) settings[key] = value;
        return Watchlist = new ServiceHost<WatchlistServiceMarker>(settings).Start(Watchlist?.Address.Port ?? 0);
    }

    /// <summary>A second watchlist replica beside <see cref="Watchlist"/> on the same schema, with its own settings on top and no async
    /// daemon (the first replica's publishes). The caller disposes it.</summary>
    public ServiceHost<WatchlistServiceMarker> StartWatchlistReplica(RabbitMqFixture rabbit, IReadOnlyDictionary<string, string> extra)
    {
        var settings = ServiceSettings("watchlist", rabbit);
        foreach (var (key, value) in _watchlistSettings.Concat(extra)) settings[key] = value;
        settings["EventStore:DaemonMode"] = "Disabled";
        return new ServiceHost<WatchlistServiceMarker>(settings).Start();
    }

    /// <summary>A new alerts host on the same schema, queues and port: what a restarted process would be.</summary>
    public ServiceHost<AlertsMarker> StartAlerts(RabbitMqFixture rabbit)
    {
        var settings = ServiceSettings("alerts", rabbit);
        foreach (var (key, value) in _alertsSettings) settings[key] = value;
        return Alerts = new ServiceHost<AlertsMarker>(settings).Start(Alerts?.Address.Port ?? 0);
    }

    /// <summary>A second alerts replica beside <see cref="Alerts"/>: same schema, same queues (competing consumers). The caller disposes
    /// it.</summary>
    public ServiceHost<AlertsMarker> StartAlertsReplica(RabbitMqFixture rabbit)
    {
        var settings = ServiceSettings("alerts", rabbit);
        foreach (var (key, value) in _alertsSettings) settings[key] = value;
        return new ServiceHost<AlertsMarker>(settings).Start();
    }

    /// <summary>
    /// A new notifications host on the same schema, queues and port: what a restarted process would be. Webhooks go to
    /// loopback only in classes that say so (<see cref="NotificationsSettingAttribute"/>), as in production.
    /// </summary>
    public ServiceHost<NotificationsMarker> StartNotifications(RabbitMqFixture rabbit)
    {
        var settings = ServiceSettings("notifications", rabbit);
        settings["Webhooks:AllowLoopback"] = "false";
        foreach (var (key, value) in _notificationsSettings) settings[key] = value;
        return Notifications = new ServiceHost<NotificationsMarker>(settings, _notificationsServices)
            .Start(Notifications?.Address.Port ?? 0);
    }

    public string Schema(string service) => $"{_prefix}_{service}";

    private Dictionary<string, string> ServiceSettings(string service, RabbitMqFixture rabbit) => new()
    {
        ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres,
        ["Marten:Schema"] = Schema(service),
        ["EventStore:DaemonMode"] = "Solo",
        ["RABBITMQ_URL"] = rabbit.Url,
        ["Messaging:EndpointPrefix"] = $"{_prefix}-",
        ["Messaging:TemporaryEndpoints"] = "true",
    };

    /// <summary>A real HTTP client to the gateway, with a development token for the role unless role is null.</summary>
    public HttpClient Client(string? role, string agency = "VN-MPS", string? subject = null)
    {
        var client = new HttpClient { BaseAddress = Gateway.Address };
        if (role is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(role, agency, subject));
        return client;
    }

    public static IDocumentStore StoreOf<T>(ServiceHost<T> host) where T : class => host.Services.GetRequiredService<IDocumentStore>();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new IAsyncDisposable?[] { Gateway, Notifications, Alerts, Watchlist })
            if (host is not null) await host.DisposeAsync();
        // Idle pooled connections of stopped hosts would otherwise hold server slots for the next classes.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
