namespace Watchlist.Notifications.Delivery.Sse;

/// <summary>
/// From the <c>Sse</c> section. The heartbeat keeps proxies from closing an idle stream; the poll is the
/// safety net for appends made by another replica, whose in-process wake-up this replica never hears.
/// </summary>
public sealed record SseSettings(TimeSpan Heartbeat, TimeSpan Poll, int BatchSize)
{
    public static SseSettings From(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(configuration.GetValue("Sse:HeartbeatSeconds", 15.0)),
        TimeSpan.FromSeconds(configuration.GetValue("Sse:PollSeconds", 2.0)),
        configuration.GetValue("Sse:BatchSize", 100));
}
