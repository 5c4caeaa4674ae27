using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Content.Screening;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance;
using Watchlist.WatchlistService.Imports;
using Watchlist.WatchlistService.Integration;
using Watchlist.WatchlistService.Screening;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("watchlist", defaultPort: 8081).AddServiceApi("Watchlist service: entries, imports, screening");
builder.AddEventStore("watchlist", EntryStore.Configure).AddEventForwarding<WatchlistIntegrationEvents>();
builder.AddMessaging(_ => { });
builder.AddPersonalData();
builder.Services.AddSingleton(TimeProvider.System).AddSingleton<ChangeFactory>().AddScoped<EntryChanges>();
builder.Services.AddScreening(builder.Configuration).AddContentScreening();
builder.Services.AddGovernance();

var app = builder.Build();
app.UseServiceDefaults();
app.MapEntries();
app.MapGovernance();
app.MapImports();
app.MapScreening();
app.MapContentScreening();
app.Run();
