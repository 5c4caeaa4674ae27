using Watchlist.Gateway.Routing;

namespace Watchlist.Gateway.Docs;

public static class SwaggerUiSetup
{
    /// <summary>One Swagger UI at /swagger listing every service's document, fetched through the gateway's own routes.</summary>
    public static WebApplication UseCombinedSwaggerUi(this WebApplication app, ServiceUrls urls)
    {
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Watchlist API";
            foreach (var (cluster, _) in urls.All)
                o.SwaggerEndpoint($"/swagger/{cluster}/swagger.json", $"{cluster} service");
        });
        return app;
    }
}
