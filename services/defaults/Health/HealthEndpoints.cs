using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Watchlist.ServiceDefaults.Health;

public static class HealthEndpoints
{
    /// <summary>Checks with this tag decide readiness: the database, the broker, a caught-up index.</summary>
    public const string Ready = "ready";

    /// <summary>
    /// Liveness runs no checks: a process that answers is alive, and restarting it because the
    /// database is down would not help. Readiness runs every check tagged <see cref="Ready"/>.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJson })
            .AllowAnonymous();
        return app;
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        if (!ShowsDetails(context))
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message }),
        }));
    }

    /// <summary>
    /// The checks' details (which dependency failed, and its error message) are for operators: in Development, on the
    /// port named by <c>Health:DetailsPort</c> (a second listening address that no ingress exposes), or to a token with
    /// the role named by <c>Health:DetailsRole</c>. Everyone else, load balancers included, gets the status alone.
    /// </summary>
    private static bool ShowsDetails(HttpContext context)
    {
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        return context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
            || configuration.GetValue<int?>("Health:DetailsPort") == context.Connection.LocalPort
            || configuration["Health:DetailsRole"] is { Length: > 0 } role && context.User.IsInRole(role);
    }
}
