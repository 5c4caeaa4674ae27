using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Gateway.Routing;

/// <summary>
/// Per-client token buckets: a client is its token's subject, or its address when it has none.
/// Screening gets a larger bucket because passport control and manifest screening are bursty by nature.
/// </summary>
public static class RateLimits
{
    public const string Standard = "standard";
    public const string Screening = "screening";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var standard = configuration.GetValue("RateLimits:StandardPerSecond", 50);
        var screening = configuration.GetValue("RateLimits:ScreeningPerSecond", 1000);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Standard, ctx => Bucket(ctx, standard));
            o.AddPolicy(Screening, ctx => Bucket(ctx, screening));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "1";
                await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails =
                    {
                        Status = 429,
                        Title = "Too many requests.",
                        Detail = "This client has used its request budget; retry after the Retry-After interval.",
                    },
                });
            };
        });
    }

    private static RateLimitPartition<string> Bucket(HttpContext ctx, int perSecond) =>
        RateLimitPartition.GetTokenBucketLimiter(ClientOf(ctx), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond * 2,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });

    private static string ClientOf(HttpContext ctx) =>
        ctx.User.Identity?.IsAuthenticated == true ? $"sub:{ctx.User.Actor()}" : $"ip:{ctx.Connection.RemoteIpAddress}";
}
