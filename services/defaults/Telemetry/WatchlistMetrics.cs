using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>
/// The platform's domain metrics (README "Operations"; API.md lists them): one meter, named as Prometheus shows them (the
/// exporter adds <c>_total</c> to counters). Each host records its own and leaves the others' empty. Recording a value is
/// allocation-free: tags are passed as struct pairs.
/// </summary>
public static class WatchlistMetrics
{
    public const string MeterName = "Watchlist";
    private static readonly Meter Meter = new(MeterName);

    /// <summary>Seconds buckets from a millisecond to a minute: screenings answer in milliseconds, alerts and deliveries in
    /// tens of milliseconds to seconds, and the alert rules ask about 1 s.</summary>
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    public static readonly Counter<long> Screenings =
        Meter.CreateCounter<long>("watchlist_screenings", description: "Screenings answered, by decision and kind.");

    public static readonly Histogram<double> ScreeningDuration = Meter.CreateHistogram("watchlist_screening_duration", "s",
        "Request to answer of a screening.", advice: Seconds);

    public static readonly Counter<long> AlertsRaised =
        Meter.CreateCounter<long>("watchlist_alerts_raised", description: "Alerts raised, by severity and whether by retro-screening.");

    public static readonly Histogram<double> HitToAlert = Meter.CreateHistogram("watchlist_hit_to_alert", "s",
        "A live screening answered to its alert stored.", advice: Seconds);

    public static readonly Counter<long> SlaBreaches =
        Meter.CreateCounter<long>("watchlist_sla_breaches", description: "Alerts escalated because their deadline passed, by severity.");

    public static readonly Histogram<double> FeedDelivery = Meter.CreateHistogram("watchlist_feed_delivery", "s",
        "An alert stored to its notification delivered, by channel (sse, websocket, webhook).", advice: Seconds);

    public static readonly Counter<long> WebhookDeadLetters =
        Meter.CreateCounter<long>("watchlist_webhook_dead_letters", description: "Webhook notifications given up.");

    public static readonly Histogram<double> QueueLag = Meter.CreateHistogram("watchlist_queue_lag", "s",
        "A message's age when its consumer takes it, by queue.", advice: Seconds);

    /// <summary>A gauge read at scrape time from <paramref name="observe"/>; hosts register the gauges they own at start.</summary>
    public static ObservableGauge<T> Gauge<T>(string name, Func<IEnumerable<Measurement<T>>> observe, string? unit, string description)
        where T : struct => Meter.CreateObservableGauge(name, observe, unit, description);

    public static double SecondsSince(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds;

    public static double SecondsSince(DateTimeOffset at) => Math.Max(0, (DateTimeOffset.UtcNow - at).TotalSeconds);
}
