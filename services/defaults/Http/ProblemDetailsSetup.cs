using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Watchlist.ServiceDefaults.Http;

public static class ProblemDetailsSetup
{
    /// <summary>RFC 9457 everywhere, each problem carrying the correlation id a person can quote.</summary>
    public static IServiceCollection AddWatchlistProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Type ??= $"https://httpstatuses.io/{ctx.ProblemDetails.Status}";
            ctx.ProblemDetails.Extensions["correlationId"] = CorrelationId.Of(ctx.HttpContext);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures throw, so that the handler above can say what was wrong.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
