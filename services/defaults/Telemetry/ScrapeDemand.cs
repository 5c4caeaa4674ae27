namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>
/// Whether anyone reads a gauge: the samplers that ask the database or the broker (forwarder lag, queue depths, open alerts)
/// work only while their gauge has been scraped within <see cref="Window"/>. Prometheus scrapes every 15 to 30 s, so a
/// watched host is always sampled; a host nobody scrapes (a developer's, or the tests' dozens of idle hosts) asks nothing.
/// The first scrape answers the last figure (zero) and wakes the sampler; the next one has a fresh figure.
/// </summary>
public sealed class ScrapeDemand
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);

    private long _lastScraped = -1;

    /// <summary>Call from the gauge's callback, which runs when /metrics is scraped.</summary>
    public void Scraped() => Volatile.Write(ref _lastScraped, Environment.TickCount64);

    public bool Wanted => Volatile.Read(ref _lastScraped) is var last and >= 0
        && Environment.TickCount64 - last < (long)Window.TotalMilliseconds;
}
