using Watchlist.Alerts.Entries;
using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("alerts", defaultPort: 8082).AddServiceApi("Alerts service: alerts and their lifecycle");
builder.AddEventStore("alerts", store => store.Schema.For<WatchedEntry>());
builder.AddMessaging(bus => bus.AddConsumer<WatchedEntryConsumer>());

var app = builder.Build();
app.UseServiceDefaults();
app.Run();
