using Watchlist.Gateway.Docs;
using Watchlist.Gateway.GraphQL;
using Watchlist.Gateway.GraphQL.Transport;
using Watchlist.Gateway.Routing;
using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.Health;
using Watchlist.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
var services = ServiceUrls.From(builder.Configuration);
builder.AddServiceDefaults("gateway", defaultPort: 8080);
builder.Services.AddSingleton(services);
var openApi = OpenApiExposure.IsExposed(builder.Configuration, builder.Environment);
builder.Services.AddGatewayProxy(services, openApi);
builder.Services.AddGatewayRateLimits(builder.Configuration);
builder.Services.AddGatewayGraphQL(builder.Configuration, builder.Environment);
builder.Services.AddGraphQLWebSockets(builder.Configuration);
builder.Services.AddHttpClient(nameof(ServicesHealthCheck), c => c.Timeout = TimeSpan.FromSeconds(2));
builder.Services.AddHealthChecks().AddCheck<ServicesHealthCheck>("services", tags: [HealthEndpoints.Ready]);

var app = builder.Build();
app.UseServiceDefaults();
app.UseRateLimiter();
app.UseWebSockets();
app.UseGraphQLWebSockets();
if (openApi) app.UseCombinedSwaggerUi(services);
app.MapGraphQLEndpoint();
app.MapReverseProxy();
app.Run();
