using System.Text;
using System.Text.Json;

namespace Watchlist.Gateway.GraphQL.Services;

/// <summary>
/// One notifications-service subscription read through its SSE stream. When the stream breaks (a restart of the
/// notifications service), it reconnects with Last-Event-ID, so the GraphQL client misses nothing and sees nothing twice.
/// Unsubscribing deletes the subscription, so it does not go on filling a feed nobody reads.
/// </summary>
internal sealed class SseObservable(NotificationsFeed feed, string token, Guid subscriptionId, ILogger log) : IObservable<AlertNotification>
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public IDisposable Subscribe(IObserver<AlertNotification> observer)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(() => PumpAsync(observer, stop.Token));
        return new Unsubscriber(stop, () => DeleteAsync());
    }

    private async Task PumpAsync(IObserver<AlertNotification> observer, CancellationToken ct)
    {
        string? lastEventId = null;
        var backoff = TimeSpan.FromMilliseconds(100);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var client = feed.Client(token);
                client.Timeout = Timeout.InfiniteTimeSpan;
                using var request = new HttpRequestMessage(HttpMethod.Get, $"api/notifications/stream?subscription={subscriptionId}");
                if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
                // The notifications service counts what it writes here as delivered over WebSocket (the gateway has no /metrics).
                request.Headers.Add("X-Delivery-Channel", "websocket");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if ((int)response.StatusCode is 401 or 403 or 404)
                {
                    // The token expired or the subscription was deleted elsewhere: nothing will ever arrive again.
                    observer.OnError(new global::GraphQL.ExecutionError(
                        $"The notification stream was refused ({(int)response.StatusCode}).")
                    {
                        Code = "FORBIDDEN",
                    });
                    return;
                }
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct), Encoding.UTF8);
                string? id = null;
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    backoff = TimeSpan.FromMilliseconds(100);
                    if (line.Length == 0)
                    {
                        if (data.Length > 0)
                        {
                            // OnNext may wait for a slow WebSocket client; this loop, and only it, then waits too.
                            observer.OnNext(JsonSerializer.Deserialize<AlertNotification>(data.ToString(), NotificationsFeed.Json)!);
                            lastEventId = id ?? lastEventId;
                        }
                        id = null;
                        data.Clear();
                    }
                    else if (line.StartsWith("id:", StringComparison.Ordinal)) id = line[3..].Trim();
                    else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Append(line[5..].TrimStart());
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException)
            {
                log.LogInformation(
                    "Notification stream {Subscription} broke ({Error}); resuming after {LastEventId}",
                    subscriptionId, ex.Message, lastEventId);
            }
            try { await Task.Delay(backoff, ct); } catch (OperationCanceledException) { return; }
            backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
        }
    }

    private async Task DeleteAsync()
    {
        try
        {
            using var client = feed.Client(token);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var _ = await client.DeleteAsync($"api/subscriptions/{subscriptionId}", cts.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            log.LogWarning(
                "Could not delete the notification subscription {Subscription} of an ended GraphQL subscription: {Error}",
                subscriptionId, ex.Message);
        }
    }

    private sealed class Unsubscriber(CancellationTokenSource stop, Func<Task> cleanup) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            stop.Cancel();
            stop.Dispose();
            _ = cleanup();
        }
    }
}
