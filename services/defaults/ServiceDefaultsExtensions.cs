using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Health;
using Watchlist.ServiceDefaults.Http;
using Watchlist.ServiceDefaults.Json;
using Watchlist.ServiceDefaults.Logging;
using Watchlist.ServiceDefaults.OpenApi;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>What every host has: logs with correlation ids, problem details, JWT, telemetry, health, JSON conventions.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName, int defaultPort)
    {
        // The default port applies only when nothing was configured: appsettings.json must not carry
        // Urls, because it would override ASPNETCORE_URLS and pin a pod to localhost.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls($"http://localhost:{defaultPort}");
        // No Server header: it tells an attacker which server and version to look up.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Logging.AddWatchlistLogging(builder.Environment);
        builder.Services.AddWatchlistProblemDetails();
        builder.Services.AddWatchlistAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddWatchlistTelemetry(builder.Configuration, serviceName);
        builder.Services.AddHealthChecks();
        builder.Services.AddHttpContextAccessor();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(ApiNames.Policy, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        return builder;
    }

    /// <summary>Adds the OpenAPI document and makes every endpoint require a token unless it says otherwise.</summary>
    public static WebApplicationBuilder AddServiceApi(this WebApplicationBuilder builder, string title)
    {
        builder.Services.AddWatchlistOpenApi(title);
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.Configure<InputCheckOptions>(o => o.CheckJsonBodies = true);
        return builder;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<ResponseHeaders>();
        app.UseMiddleware<CorrelationId>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Only hosts with an API document serve it; the gateway proxies theirs under the same path.
        if (app.Services.GetService<Swashbuckle.AspNetCore.Swagger.ISwaggerProvider>() is not null
            && OpenApiExposure.IsExposed(app.Configuration, app.Environment)) app.UseSwagger();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization, so that a caller without a token never gets its body read.
        app.UseMiddleware<InputChecks>();
        app.MapHealthEndpoints();
        return app;
    }
}
