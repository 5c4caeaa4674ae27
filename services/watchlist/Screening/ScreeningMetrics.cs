using System.Diagnostics.Metrics;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.WatchlistService.Screening;

/// <summary>What the screening endpoints record (<see cref="WatchlistMetrics"/>), and the index's gauges.</summary>
public static class ScreeningMetrics
{
    public const string Traveller = "traveller", Batch = "batch", Content = "content";

    /// <summary>The label of each <see cref="Decision"/>, by its value: no string is made per screening.</summary>
    private static readonly string[] Decisions = ["clear", "review", "match"];

    public static void Answered(string kind, Decision decision, long started)
    {
        Counted(kind, decision);
        Took(kind, started);
    }

    public static void Took(string kind, long started) =>
        WatchlistMetrics.ScreeningDuration.Record(WatchlistMetrics.SecondsSince(started), new KeyValuePair<string, object?>("kind", kind));

    public static void Counted(string kind, Decision decision) =>
        WatchlistMetrics.Screenings.Add(1, new("decision", Decisions[(int)decision]), new("kind", kind));

    /// <summary><c>watchlist_index_entries</c> and <c>watchlist_index_lag_seconds</c> (since the index last caught up with the
    /// event store: it polls every 150 ms, so anything above a second or two means it is stuck).</summary>
    public static IServiceCollection AddIndexGauges(this IServiceCollection services) => services
        .AddGauge("watchlist_index_entries", null, "Screenable entries in this replica's index.",
            sp => () => [new Measurement<double>(sp.GetRequiredService<LiveList>().State.Count)])
        .AddGauge("watchlist_index_lag_seconds", null, "How far this replica's index trails the event store.",
            sp => () => [new Measurement<double>(sp.GetRequiredService<LiveList>().SecondsBehind)]);
}
