using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Weasel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchlist.ServiceDefaults.Health;
using Watchlist.ServiceDefaults.Logging;
using Watchlist.ServiceDefaults.Retention;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.ServiceDefaults.EventStore;

public static class EventStoreSetup
{
    /// <summary>How many statements each pooled connection keeps prepared, least recently used out (decision 0144).</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>Whether the connection string sets a keyword itself, in any spelling ("Max Auto Prepare", "maxautoprepare").</summary>
    private static bool Says(string connection, string keyword) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection }.Keys.Cast<string>()
            .Any(k => string.Equals(k.Replace(" ", ""), keyword, StringComparison.OrdinalIgnoreCase));

    public static EventStoreSettings ReadEventStoreSettings(this IConfiguration configuration, string defaultSchema)
    {
        var connection = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set (env ConnectionStrings__Postgres).");
        // PostgreSQL's error detail quotes the values of the failing row; exceptions never carry it, whatever the setting says.
        var builder = new NpgsqlConnectionStringBuilder(connection) { IncludeErrorDetail = false };
        // The same few statements run thousands of times a second (a screening's appends, the feeder's and the daemon's
        // polls): prepared once per pooled connection they are parsed and planned once (decision 0144). An explicit
        // "Max Auto Prepare" in the connection string wins, 0 turning it off.
        if (!Says(connection, "maxautoprepare")) builder.MaxAutoPrepare = AutoPreparedStatements;
        connection = builder.ConnectionString;
        var schema = configuration["Marten:Schema"] is { Length: > 0 } s ? s : defaultSchema;
        // HotCold elects one daemon per database through an advisory lock, which is what several replicas need.
        var mode = Enum.TryParse<DaemonMode>(configuration["EventStore:DaemonMode"], ignoreCase: true, out var m) ? m : DaemonMode.HotCold;
        var listenNotify = configuration.GetValue("EventStore:ListenNotify", true);
        return new EventStoreSettings(connection, schema, mode, listenNotify);
    }

    /// <summary>
    /// The service's own PostgreSQL database as a Marten event store and document store, with the
    /// async daemon running its subscriptions (among them the forwarder to RabbitMQ).
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventStore(
        this IHostApplicationBuilder builder, string defaultSchema, Action<StoreOptions> configure)
    {
        var settings = builder.Configuration.ReadEventStoreSettings(defaultSchema);
        builder.Services.AddSingleton(settings);
        builder.Services.AddScoped<Http.IdempotentRequests>();
        builder.AddRetention();
        builder.Services.AddHealthChecks().AddNpgSql(settings.ConnectionString, name: "postgres", tags: [HealthEndpoints.Ready]);

        var marten = builder.Services.AddMarten(options =>
        {
            options.Connection(settings.ConnectionString);
            options.DatabaseSchemaName = settings.Schema;
            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            options.Events.MetadataConfig.CorrelationIdEnabled = true;
            options.Events.MetadataConfig.HeadersEnabled = true;
            // Wake the daemon (the forwarder, the projections) on every append (LISTEN/NOTIFY) instead of at its next poll,
            // unless the service turns it off: a notifying commit holds PostgreSQL's one notify lock through its WAL flush, so
            // notifying commits of every database on the server flush one after the other (decision 0111).
            options.Events.UseListenNotifyForEventAppends = settings.ListenNotify;
            options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
            options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            // Indexed on their time, which is what retention deletes by.
            options.Schema.For<HandledMessage>().Identity(h => h.Id).Index(h => h.HandledAt);
            options.Schema.For<Http.IdempotencyRecord>().Identity(r => r.Id).Index(r => r.At);
            configure(options);
        });
        // Under the "Marten" category, so that the hosts' log levels for Marten apply to it.
        builder.Services.ConfigureMarten((sp, options) =>
            options.Logger(new MartenLogging(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Marten"))));
        marten.UseLightweightSessions().ApplyAllDatabaseChangesOnStartup().AddAsyncDaemon(settings.DaemonMode);
        return marten;
    }
}

public static class RetentionSetup
{
    /// <summary>
    /// Every service prunes the records that make its consumers and its creating POSTs idempotent; a service adds its own
    /// <see cref="IRetentionRule"/>s (the alerts service its crossings).
    /// </summary>
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        var retention = RetentionSettings.From(builder.Configuration);
        builder.Services.AddSingleton(retention);
        builder.Services.AddSingleton<IRetentionRule>(new DocumentRetention<HandledMessage>("handled messages", retention.HandledMessages,
            cutoff => h => h.HandledAt < cutoff));
        // A record holds the first answer, which for a content screening lists what was read from the post (phones, names):
        // never kept past the personal-data period where the service has one.
        builder.Services.AddSingleton<IRetentionRule>(sp => new DocumentRetention<Http.IdempotencyRecord>("idempotency records",
            sp.GetService<PersonalData.PersonalDataSettings>() is { } personal && personal.Retention < retention.IdempotencyRecords
                ? personal.Retention : retention.IdempotencyRecords,
            cutoff => r => r.At < cutoff));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RetentionService>().AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return builder;
    }
}

public static class ForwardingSetup
{
    /// <summary>Runs the <see cref="EventForwarder"/> in the async daemon with the service's own event map.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventForwarding<TMap>(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten) where TMap : class, IIntegrationEventMap
    {
        marten.Services.AddSingleton(sp => ForwarderSettings.From(sp.GetRequiredService<IConfiguration>()));
        marten.Services.AddSingleton<IIntegrationEventMap, TMap>().AddSingleton<EarlyPublisher>()
            .AddSingleton(sp =>
            {
                var forwarder = sp.GetRequiredService<ForwarderSettings>();
                return new EarlyPublished(forwarder.EarlyPublished, forwarder.EarlyPublishTimeout + TimeSpan.FromSeconds(5));
            });
        marten.Services.AddSingleton<ForwarderLag>().AddHostedService(sp => sp.GetRequiredService<ForwarderLag>());
        marten.Services.AddGauge("watchlist_forwarder_lag_seconds", null, "Age of the oldest stored event not yet published.",
            sp => sp.GetRequiredService<ForwarderLag>().Observe);
        return marten.AddSubscriptionWithServices<EventForwarder>(ServiceLifetime.Singleton);
    }
}
