using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Watchlist.ServiceDefaults.Telemetry;

public static class TelemetrySetup
{
    /// <summary>
    /// Prometheus scrapes <c>GET /metrics</c> on the host's own port. The gateway's port is the public one, so the gateway
    /// serves none (it routes no such path either): its metrics leave over OTLP.
    /// </summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Traces and metrics are always collected (so a correlation id and trace id exist for every
    /// request) and exported over OTLP only where <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IServiceCollection AddWatchlistTelemetry(
        this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource("MassTransit", "Marten", serviceName)
                // Before any exporter: exception messages never leave the process (decision 0072).
                .AddProcessor(new WithheldExceptionSpans()))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Marten", serviceName, WatchlistMetrics.MeterName)
                .AddPrometheusExporter(o =>
                    // The exporter answers a cached scrape for 300 ms by default: a scrape right after an event showed the figures
                    // from before it. One Prometheus scrapes every 15 to 30 s; a cache saves nothing there.
                    o.ScrapeResponseCacheDurationMilliseconds = 0));

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
        services.AddLogging(l => l.Configure(o =>
            o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId));
        return services;
    }
}
