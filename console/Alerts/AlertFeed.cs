using System.Net;
using System.Text.Json;
using Watchlist.WebConsole.Gateway;

namespace Watchlist.WebConsole.Alerts;

/// <summary>
/// The console's one client of the notifications feed, one per open console (circuit), shared by every page that shows alerts
/// live: the board and an alert's page listen to the same subscription and stream. The subscription is the user's own, made
/// when the first page listens and deleted when the console closes. A dropped connection is opened again with the last
/// event's id as <c>Last-Event-ID</c>, so the feed resumes after it: nothing missed, nothing repeated. A page listens before
/// its first load, so an alert changed during that load is in the load, in the feed, or in both.
/// </summary>
public sealed class AlertFeed(PlatformApi api, ILogger<AlertFeed> log) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly SemaphoreSlim _connection = new(1, 1); // a listener hears connection changes in the order they happened
    private readonly Lock _gate = new();
    private List<Listener> _listeners = [];
    private Guid? _subscription;
    private Task? _loop;
    private int _disposed;

    /// <summary>The id of the last event received: where a new connection resumes.</summary>
    public string? LastEventId { get; private set; }

    public bool Connected { get; private set; }

    /// <summary>How many times the stream was opened; more than one means it resumed after a drop.</summary>
    public int Connections { get; private set; }

    public sealed record Subscription(Guid Id, string Name);

    /// <summary>What one page does with the feed: each event, each change of connection, and an expired session.</summary>
    public sealed record Listener(Func<FeedEvent, Task> OnEvent, Func<bool, Task> OnConnection, Func<Task> OnExpired);

    /// <summary>
    /// Subscribes (the first time), starts reading the feed in the background, and passes every event to
    /// <paramref name="listener"/> until the returned handle is disposed. The listener hears the connection's state at once.
    /// </summary>
    public async Task<IAsyncDisposable> ListenAsync(Listener listener)
    {
        await StartAsync();
        await _connection.WaitAsync();
        try
        {
            lock (_gate) _listeners = [.. _listeners, listener];
            if (Connected) await listener.OnConnection(true);
        }
        finally { _connection.Release(); }
        return new Leaving(this, listener);
    }

    private async Task StartAsync()
    {
        await _starting.WaitAsync(_stop.Token);
        try
        {
            if (_subscription is not null) return;
            var created = await api.SendAsync<Subscription>(HttpMethod.Post, "/api/subscriptions",
                new { name = "web console", filter = new { } }, null, _stop.Token);
            if (!created.Succeeded || created.Value is null)
                throw new ApiException(
                    created.Problem ?? ApiProblem.Of((int)created.Status, "The console could not subscribe to notifications."));
            _subscription = created.Value.Id;
            _loop = Task.Run(() => RunAsync(created.Value.Id));
        }
        finally { _starting.Release(); }
    }

    private IReadOnlyList<Listener> Listeners
    {
        get { lock (_gate) return _listeners; }
    }

    private async Task RunAsync(Guid subscription)
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
                if (response.StatusCode == HttpStatusCode.Unauthorized) { await ExpiredAsync(); return; }
                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"The notifications stream answered {(int)response.StatusCode}.");
                Connections++;
                await SetConnected(true);
                await foreach (var sse in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(ct), ct))
                {
                    if (sse.Event is not ("alert.raised" or "alert.changed")) continue;
                    var data = JsonSerializer.Deserialize<FeedEvent>(sse.Data, PlatformApi.Json)! with
                    {
                        Cursor = sse.Id ?? "",
                        Kind = sse.Event,
                    };
                    // Every page hears the event before the cursor moves past it: a page that failed hears it again after
                    // the reconnect, and the pages that did not fail recognise it by the alert's version.
                    foreach (var listener in Listeners) await listener.OnEvent(data);
                    LastEventId = sse.Id ?? LastEventId;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (SessionExpiredException) { await ExpiredAsync(); return; }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Whatever broke the stream (the network, a 5xx while fetching an alert, a bad event), the pages say so
                // and the feed reconnects: a loop that died quietly would leave a board that looks live and is not.
                log.LogInformation("The notifications stream dropped ({Reason}); resuming after event {Cursor}.",
                    e.GetType().Name, LastEventId);
            }
            await SetConnected(false);
            try { await Task.Delay(TimeSpan.FromSeconds(1), ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task ExpiredAsync()
    {
        foreach (var listener in Listeners) await listener.OnExpired();
    }

    private async Task SetConnected(bool connected)
    {
        await _connection.WaitAsync();
        try
        {
            if (Connected == connected) return;
            Connected = connected;
            foreach (var listener in Listeners) await listener.OnConnection(connected);
        }
        finally { _connection.Release(); }
    }

    private void Leave(Listener listener)
    {
        lock (_gate) _listeners = _listeners.Where(l => l != listener).ToList();
    }

    private sealed class Leaving(AlertFeed feed, Listener listener) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            feed.Leave(listener);
            return ValueTask.CompletedTask;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The circuit's container disposes the feed when the console closes.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        if (_loop is not null) await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        if (_subscription is { } id)
        {
            // The console's subscription dies with it; a failure here leaves one idle subscription, nothing worse.
            try { await api.SendAsync<JsonElement>(HttpMethod.Delete, $"/api/subscriptions/{id}", null, null); }
            catch (Exception e) when (e is HttpRequestException or SessionExpiredException or TaskCanceledException
                                          or InvalidOperationException)
            { }
        }
        _stop.Dispose();
        _starting.Dispose();
        _connection.Dispose();
    }
}
