namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// From the <c>Webhooks</c> section. Retries back off exponentially from <see cref="InitialBackoff"/> up to
/// <see cref="MaxBackoff"/>, with jitter so that many subscribers of one receiver do not retry in step; after
/// <see cref="Horizon"/> (72 h by default) of failures, a notification goes to the dead-letter list.
/// </summary>
public sealed record WebhookSettings(
    TimeSpan InitialBackoff, TimeSpan MaxBackoff, TimeSpan Horizon, TimeSpan Poll, TimeSpan RequestTimeout, int Parallelism)
{
    public static WebhookSettings From(IConfiguration c) => new(
        TimeSpan.FromMilliseconds(c.GetValue("Webhooks:InitialBackoffMilliseconds", 5000.0)),
        TimeSpan.FromMilliseconds(c.GetValue("Webhooks:MaxBackoffMilliseconds", 3_600_000.0)),
        TimeSpan.FromSeconds(c.GetValue("Webhooks:HorizonSeconds", 72 * 3600.0)),
        TimeSpan.FromMilliseconds(c.GetValue("Webhooks:PollMilliseconds", 500.0)),
        TimeSpan.FromSeconds(c.GetValue("Webhooks:RequestTimeoutSeconds", 10.0)),
        c.GetValue("Webhooks:Parallelism", 16));

    /// <summary>
    /// Full jitter over an exponentially growing window: attempt 1 waits up to the initial backoff, attempt 2 twice that, ...
    /// </summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var window = Math.Min(MaxBackoff.TotalMilliseconds, InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30)));
        return TimeSpan.FromMilliseconds(window / 2 + Random.Shared.NextDouble() * window / 2);
    }
}
