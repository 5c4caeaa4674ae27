using Watchlist.Notifications.Delivery.Sse;
using Watchlist.Notifications.Delivery.Webhooks;
using Watchlist.Notifications.Entries;
using Watchlist.Notifications.Feed;
using Watchlist.Notifications.Subscriptions;
using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.Telemetry;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("notifications", defaultPort: 8083).AddServiceApi("Notifications service: subscriptions, feeds, delivery");
builder.AddEventStore("notifications", store =>
{
    store.Schema.For<EntryLabels>();
    store.AddSubscriptionDocuments();
    store.AddFeedDocuments();
    store.AddWebhookDocuments();
});
builder.Services.AddFeedWriting();
builder.Services.AddSingleton<EntryLabelsWriter>().AddHostedService(sp => sp.GetRequiredService<EntryLabelsWriter>());
builder.AddMessaging(bus =>
{
    bus.AddConsumer<EntryLabelsConsumer>(typeof(EntryLabelsConsumerDefinition));
    bus.AddConsumer<AlertFeedConsumer>(typeof(AlertFeedConsumerDefinition));
});
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(SseSettings.From(builder.Configuration));
builder.Services.AddWebhooks(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseServiceDefaults();
app.MapMetrics();
app.MapSubscriptions();
app.MapFeedPages();
app.MapSseStream();
app.MapWebhooks();
app.Run();
