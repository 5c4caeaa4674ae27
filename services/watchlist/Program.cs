using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.Telemetry;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Content.Screening;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance;
using Watchlist.WatchlistService.Governance.Access;
using Watchlist.WatchlistService.Governance.Lists;
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
// Projections of the event store, written with their events; ./run.sh rebuild writes them again (decision 0066).
builder.Services.AddReadModel<Entry, EntryView>("entry list", EntryView.Rebuilt)
    .AddReadModel<ListPolicy, ListPolicy>("list policies", events => ListPolicyDecider.Fold(null, events.OfType<ListPolicySet>()))
    .AddReadModel<PersonalDataRead, AccessLogView>("access log", AccessLogView.Rebuilt);

var app = builder.Build();
if (await app.RebuildReadModelsIfAskedAsync(args)) return;
app.UseServiceDefaults();
app.MapMetrics();
app.MapEntries();
app.MapGovernance();
app.MapImports();
app.MapScreening();
app.MapContentScreening();
app.Run();
