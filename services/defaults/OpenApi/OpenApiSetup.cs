using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Watchlist.ServiceDefaults.OpenApi;

public static class OpenApiSetup
{
    /// <summary>One OpenAPI document per service at /swagger/v1/swagger.json; the gateway's Swagger UI lists them all.</summary>
    public static IServiceCollection AddWatchlistOpenApi(this IServiceCollection services, string title)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1" });
            o.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with the claims sub, role and agency. In Development: ./run.sh token <role> [agency].",
            });
            o.AddSecurityRequirement(doc => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", doc)] = [] });
        });
        return services;
    }
}
