using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Watchlist.WebConsole.Gateway;

namespace Watchlist.WebConsole.Alerts;

/// <summary>
/// The live side of one open board: a subscription of the user's own, made when the board opens and deleted when it
/// closes, and its notifications stream read through the gateway. A dropped connection is opened again with the last
/// event's id as <c>Last-Event-ID</c>, so the feed resumes after it: nothing missed, nothing repeated. The subscription
/// exists before the board's first load, so an alert raised during that load is in the load, in the feed, or in both.
/// </summary>
public sealed class AlertFeed(PlatformApi api, ILogger<AlertFeed> log) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Guid? _subscription;
    private Task? _loop;
    private int _disposed;

    /// <summary>The id of the last event received: where a new connection resumes.</summary>
    public string? LastEventId { get; private set; }

    public bool Connected { get; private set; }

    /// <summary>How many times the stream was opened; more than one means it resumed after a drop.</summary>
    public int Connections { get; private set; }

    public sealed record Subscription(Guid Id, string Name);

    /// <summary>Subscribes, then reads the feed in the background until disposed.</summary>
    public async Task StartAsync(Func<FeedEvent, Task> onEvent, Func<bool, Task> onConnection, Func<Task> onExpired)
    {
        var created = await api.SendAsync<Subscription>(HttpMethod.Post, "/api/subscriptions",
            new { name = "web console board", filter = new { } }, null, _stop.Token);
        if (!created.Succeeded || created.Value is null)
            throw new ApiException(
                created.Problem ?? ApiProblem.Of((int)created.Status, "The board could not subscribe to notifications."));
        _subscription = created.Value.Id;
        _loop = Task.Run(() => RunAsync(created.Value.Id, onEvent, onConnection, onExpired));
    }

    private async Task RunAsync(Guid subscription, Func<FeedEvent, Task> onEvent, Func<bool, Task> onConnection, Func<Task> onExpired)
    {
        var ct = _stop.Token;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var request = await api.RequestAsync(HttpMethod.Get, $"/api/notifications/stream?subscription={subscription}");
                request.Headers.Accept.ParseAdd("text/event-stream");
                if (LastEventId is not null) request.Headers.TryAddWithoutValidation("Last-Event-ID", LastEventId);
                using var response = await api.Stream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (response.StatusCode == HttpStatusCode.Unauthorized) { await onExpired(); return; }
                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"The notifications stream answered {(int)response.StatusCode}.");
                Connections++;
                await SetConnected(true, onConnection);
                await foreach (var sse in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(ct), ct))
                {
                    if (sse.Event is not ("alert.raised" or "alert.changed")) continue;
                    var data = JsonSerializer.Deserialize<FeedEvent>(sse.Data, PlatformApi.Json)!;
                    await onEvent(data with { Cursor = sse.Id ?? "", Kind = sse.Event });
                    LastEventId = sse.Id ?? LastEventId;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (SessionExpiredException) { await onExpired(); return; }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Whatever broke the stream (the network, a 5xx while fetching an alert, a bad event), the board
                // says so and reconnects: a feed loop that died quietly would leave a board that looks live and is not.
                log.LogInformation("The notifications stream dropped ({Reason}); resuming after event {Cursor}.",
                    e.GetType().Name, LastEventId);
            }
            await SetConnected(false, onConnection);
            try { await Task.Delay(TimeSpan.FromSeconds(1), ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task SetConnected(bool connected, Func<bool, Task> onConnection)
    {
        if (Connected == connected) return;
        Connected = connected;
        await onConnection(connected);
    }

    public async ValueTask DisposeAsync()
    {
        // The page disposes its feed, and the circuit's container does again when the circuit ends.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        if (_loop is not null) await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        if (_subscription is { } id)
        {
            // The board's subscription dies with the board; a failure here leaves one idle subscription, nothing worse.
            try { await api.SendAsync<JsonElement>(HttpMethod.Delete, $"/api/subscriptions/{id}", null, null); }
            catch (Exception e) when (e is HttpRequestException or SessionExpiredException or TaskCanceledException) { }
        }
        _stop.Dispose();
    }
}
