using Watchlist.Notifications.Entries;
using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("notifications", defaultPort: 8083).AddServiceApi("Notifications service: subscriptions, feeds, delivery");
builder.AddEventStore("notifications", store => store.Schema.For<EntryLabels>());
builder.AddMessaging(bus => bus.AddConsumer<EntryLabelsConsumer>());

var app = builder.Build();
app.UseServiceDefaults();
app.Run();
