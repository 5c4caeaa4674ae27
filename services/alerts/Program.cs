using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Migration;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Alerts.Working;
using Watchlist.Alerts.Entries;
using Watchlist.Alerts.Grouping;
using Watchlist.Alerts.Impact;
using Watchlist.Alerts.Integration;
using Watchlist.Alerts.Retention;
using Watchlist.Alerts.Retro;
using Watchlist.Alerts.Sla;
using Watchlist.Policy;
using Watchlist.ServiceDefaults;
using Watchlist.ServiceDefaults.Telemetry;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.ServiceDefaults.Retention;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("alerts", defaultPort: 8082).AddServiceApi("Alerts service: alerts and their lifecycle");
builder.AddEventStore("alerts", AlertStore.Configure).AddEventForwarding<AlertIntegrationEvents>();
builder.AddPersonalData();
builder.Services.AddAlertPrivacy(); // sealed raisings, keyed identities, pseudonyms past the period
builder.AddMessaging(bus =>
{
    bus.AddConsumer<WatchedEntryConsumer>(typeof(WatchedEntryConsumerDefinition)); // entry snapshots, false-positive lapse
    bus.AddConsumer<HitConsumer>(typeof(HitConsumerDefinition)); // live and retro hits, applied in groups
    bus.AddConsumer<CrossingConsumer>(typeof(CrossingConsumerDefinition)); // every screening, for retro-screening, in groups
    bus.AddConsumer<CrossingBundleConsumer>(typeof(CrossingBundleConsumerDefinition)); // a manifest's crossings, in bundles
    bus.AddConsumer<RetroConsumer>(typeof(RetroConsumerDefinition)); // re-screening for list changes, on its own queue
});
builder.Services.AddSingleton(TimeProvider.System).AddScoped<AlertChanges>();
builder.Services.AddSingleton<WatchedEntryWriter>().AddHostedService(sp => sp.GetRequiredService<WatchedEntryWriter>());
builder.Services.AddSingleton(SlaSettings.From(builder.Configuration)).AddSingleton<AlertRaising>().AddHostedService<SlaSweeper>();
builder.Services.AddSingleton(HitSettings.From(builder.Configuration)).AddSingleton<HitWriter>()
    .AddHostedService(sp => sp.GetRequiredService<HitWriter>());
builder.Services.AddSingleton(ScreeningPolicy.From(builder.Configuration)); // the same Screening__ thresholds as live screening
// Alerts stored before audiences existed are seen by nobody until this settles them, once, at start.
builder.Services.AddSingleton<AudienceBackfill>().AddHostedService(sp => sp.GetRequiredService<AudienceBackfill>());
builder.Services.AddRetroScreening(builder.Configuration);
builder.Services.AddAlertMetrics();
// A projection of the event store, written with its events; ./run.sh rebuild writes it again (decision 0066), from raisings
// opened as the board had them (in clear until retention pseudonymises the alert).
builder.Services.AddReadModel<Alert, AlertView>("alert board", AlertView.Rebuilt, sp => async (session, stored, ct) =>
    stored is AlertRaised raised ? await sp.GetRequiredService<AlertPrivacy>().OpenAsync(session, raised, ct) : stored);
// ... whose rows keep only the latest screenings: every screening the streams counted is recorded too (decision 0092).
builder.Services.AddSingleton<IReadModel, CountedScreenings>();

var app = builder.Build();
if (await app.RebuildReadModelsIfAskedAsync(args)) return;
app.UseServiceDefaults();
app.MapMetrics();
app.MapAlerts();
app.MapImpact();
app.Run();
