using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>A gauge a host owns: read at scrape time from its own services.</summary>
public sealed record GaugeDefinition(string Name, string? Unit, string Description,
    Func<IServiceProvider, Func<IEnumerable<Measurement<double>>>> Observe);

/// <summary>Series a host shows at zero from its start, so that a rate or an alert rule over them has data before the first
/// event (a counter appears only once something was added to it).</summary>
public sealed record MetricSeed(Action Seed);

public static class Gauges
{
    /// <summary>Registers a gauge of this host. Its meter belongs to the host's container, so a stopped host's gauges go
    /// with it (several hosts share a process in the tests).</summary>
    public static IServiceCollection AddGauge(this IServiceCollection services, string name, string? unit, string description,
        Func<IServiceProvider, Func<IEnumerable<Measurement<double>>>> observe)
    {
        services.AddSingleton(new GaugeDefinition(name, unit, description, observe));
        return services.AddRegistration();
    }

    public static IServiceCollection AddMetricsAtZero(this IServiceCollection services, Action seed) =>
        services.AddSingleton(new MetricSeed(seed)).AddRegistration();

    private static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        if (services.All(d => d.ImplementationType != typeof(GaugeRegistration))) services.AddHostedService<GaugeRegistration>();
        return services;
    }

    /// <summary>A hosted service, so that it runs after OpenTelemetry's has started listening.</summary>
    private sealed class GaugeRegistration(IMeterFactory meters, IEnumerable<GaugeDefinition> gauges, IEnumerable<MetricSeed> seeds,
        IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var seed in seeds) seed.Seed();
            var meter = meters.Create(WatchlistMetrics.MeterName);
            foreach (var gauge in gauges) meter.CreateObservableGauge(gauge.Name, gauge.Observe(services), gauge.Unit, gauge.Description);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
