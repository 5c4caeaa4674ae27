namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Waits for something asynchronous (a consumer, the forwarder) to happen, and fails with a message if it does not.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T last;
        do
        {
            last = await probe();
            if (done(last)) return last;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Timed out waiting for {what}; last seen: {last}");
    }
}
