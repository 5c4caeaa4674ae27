using Watchlist.ServiceDefaults.Health;
using Watchlist.ServiceDefaults.Http;
using Watchlist.ServiceDefaults.Logging;
using Watchlist.ServiceDefaults.Telemetry;
using Watchlist.WebConsole.Account;
using Watchlist.WebConsole.Components;
using Watchlist.WebConsole.Gateway;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
    builder.WebHost.UseUrls("http://localhost:8084");
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddWatchlistProblemDetails();
builder.Logging.AddWatchlistLogging(builder.Environment);
builder.Services.AddWatchlistTelemetry(builder.Configuration, "console");
builder.Services.AddHealthChecks();
builder.Services.AddConsoleAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddSessionKeys(builder.Configuration, builder.Environment);
builder.Services.AddConsoleServices(builder.Configuration);
builder.Services.AddConsoleLanguages();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
// Served behind the gateway at /console, and at the same path when reached directly.
app.UsePathBase(ConsolePaths.Base);
// Routing after the path base, so that endpoints match the path without it.
app.UseRouting();
app.UseMiddleware<ResponseHeaders>();
app.UseMiddleware<CorrelationId>();
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapAccount(app.Environment);
app.MapLanguageChoice();
app.MapTimeZoneChoice();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
