using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Watchlist.ServiceDefaults.OpenApi;

/// <summary>
/// Whether the OpenAPI documents and the Swagger UI are served: always in Development, elsewhere only when
/// <c>OpenApi:Expose</c> is true, because a full map of the API helps an attacker more than a partner who has the docs.
/// </summary>
public static class OpenApiExposure
{
    public static bool IsExposed(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("OpenApi:Expose") ?? environment.IsDevelopment();
}
