using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Follows one feed over SSE as EventSource does: when the stream breaks (its replica killed, say), it connects again,
/// to whichever replica <see cref="Replica"/> names then, with Last-Event-ID set to the last event it received.
/// </summary>
public sealed class ResumingSseReader(HttpClient client, Guid subscription)
{
    private readonly List<long> _received = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    /// <summary>Where the next connection goes.</summary>
    public Uri Replica { get; set; } = null!;

    public int Connections { get; private set; }

    public int Reconnections { get; private set; }

    public IReadOnlyList<long> Received { get { lock (_received) return [.. _received]; } }

    public void Start() => _reading = RunAsync(_stop.Token);

    /// <summary>Waits until the reader has caught up with the whole feed, stops it, and checks that it received every cursor once, in
    /// order.</summary>
    public async Task AssertReceivedWholeFeedAsync(AlertBurst.Feed feed, Uri replica)
    {
        var last = (await feed.ReadAllAsync(replica)).Count;
        await Eventually.Until(
            () => Task.FromResult(Received.Count), n => n >= last, $"the SSE reader to reach cursor {last}", TimeSpan.FromSeconds(60));
        await Task.Delay(1000); // nothing more may arrive
        await _stop.CancelAsync();
        await _reading;
        Assert.Equal(Enumerable.Range(1, last).Select(n => (long)n), Received);
    }

    private async Task RunAsync(CancellationToken stop)
    {
        string? last = null;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var sse = await SseClient.OpenAsync(
                    client, new Uri(Replica, $"/api/notifications/stream?subscription={subscription}").ToString(), last);
                sse.Response.EnsureSuccessStatusCode();
                Connections++;
                while (!stop.IsCancellationRequested)
                {
                    var e = await sse.NextAsync(TimeSpan.FromSeconds(30));
                    lock (_received) _received.Add(long.Parse(e.Id!));
                    last = e.Id;
                }
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                Reconnections++;
                await Task.Delay(200, CancellationToken.None);
            }
            catch (Exception) { }
        }
    }
}
