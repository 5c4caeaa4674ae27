using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Gateway.GraphQL.Transport;

/// <summary>
/// One graphql-transport-ws connection: a receive loop that enforces the protocol, one sender that drains a bounded
/// queue (the only code that writes to the socket besides the final close), and one <see cref="TransportOperation"/> per
/// subscribe id. Protocol violations close the socket with the protocol's code, as the reference client expects.
/// </summary>
public sealed partial class TransportConnection(WebSocket socket, HttpContext http, TransportSettings settings, WebSocketTokens tokens,
    IDocumentExecuter<WatchlistSchema> executer, IGraphQLTextSerializer serializer, ILogger log)
{
    private readonly Channel<string> _outbox =
        Channel.CreateBounded<string>(new BoundedChannelOptions(settings.SendQueue) { SingleReader = true });
    private readonly ConcurrentDictionary<string, TransportOperation> _operations = new();
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal? _user;
    private string? _token;
    private Task _expiry = Task.CompletedTask;

    public CancellationToken Closing => _closing.Token;

    public async Task RunAsync()
    {
        var sender = Task.Run(SendLoopAsync);
        var initTimer = Task.Run(InitTimeoutAsync);
        try
        {
            await ReceiveLoopAsync();
        }
        finally
        {
            foreach (var op in _operations.Values) op.Dispose();
            _operations.Clear();
            _outbox.Writer.TryComplete();
            await _closing.CancelAsync();
            await Task.WhenAll(sender, initTimer, _expiry).ContinueWith(_ => { });
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult frame;
            try { frame = await socket.ReceiveAsync(buffer, _closing.Token); }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException) { return; }

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                // The client began the close: answer it, or the reference client reports an abnormal closure.
                await CloseAsync(WebSocketCloseStatus.NormalClosure, null);
                return;
            }
            message.Write(buffer, 0, frame.Count);
            if (message.Length > settings.MaxMessageBytes)
            {
                await CloseAsync((WebSocketCloseStatus)CloseCodes.BadRequest, "Message too large");
                return;
            }
            if (!frame.EndOfMessage) continue;
            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (!await HandleAsync(TransportMessage.Parse(text)))
            {
                await AwaitClientCloseAsync(buffer);
                return;
            }
        }
    }

    /// <summary>
    /// After our close frame, the client's answer completes the closing handshake; a client that never answers is dropped.
    /// </summary>
    private async Task AwaitClientCloseAsync(byte[] buffer)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        patience.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            while (socket.State == WebSocketState.CloseSent)
                if ((await socket.ReceiveAsync(buffer, patience.Token)).MessageType == WebSocketMessageType.Close) return;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException) { }
    }

    /// <returns>false when the message closed the connection.</returns>
    private async Task<bool> HandleAsync(TransportMessage? message)
    {
        switch (message?.Type)
        {
            case TransportMessage.ConnectionInit:
                return await InitAsync(message);
            case TransportMessage.Ping:
                await EnqueueAsync(TransportMessage.Write(TransportMessage.Pong));
                return true;
            case TransportMessage.Pong:
                return true;
            case TransportMessage.Subscribe:
                return await SubscribeAsync(message);
            case TransportMessage.Complete when message.Id is { Length: > 0 }:
                if (_operations.TryRemove(message.Id, out var op)) op.Dispose();
                return true;
            default:
                await CloseAsync(
                    (WebSocketCloseStatus)CloseCodes.BadRequest,
                    message?.Type is null ? "Invalid message received" : $"Unexpected message type {message.Type}");
                return false;
        }
    }

    private async Task<bool> InitAsync(TransportMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.TooManyInits, "Too many initialisation requests");
            return false;
        }
        var token = WebSocketTokens.TokenOf(message.Payload);
        var user = token is null ? null : await tokens.ValidateAsync(token, _closing.Token);
        if (user is null)
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }
        // The WebSocket carries live alerts only, so only roles that may receive them get a connection; others use POST /graphql.
        if (!Policies.RolesByPolicy[Policies.ReceiveNotifications].Any(user.IsInRole))
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.Forbidden, "Forbidden");
            return false;
        }
        (_user, _token) = (user, token);
        _expiry = Task.Run(() => CloseAtTokenExpiryAsync(user));
        _acknowledged = true;
        await EnqueueAsync(TransportMessage.Write(TransportMessage.ConnectionAck));
        return true;
    }

    private async Task<bool> SubscribeAsync(TransportMessage message)
    {
        if (!_acknowledged)
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }
        GraphQLRequest? request = null;
        try { request = message.Payload is { } p ? serializer.Deserialize<GraphQLRequest>(p.GetRawText()) : null; }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException) { }
        if (message.Id is not { Length: > 0 } id || string.IsNullOrWhiteSpace(request?.Query))
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.BadRequest, "Invalid message received");
            return false;
        }
        var operation = new TransportOperation(this, id, _closing.Token);
        if (!_operations.TryAdd(id, operation))
        {
            await CloseAsync((WebSocketCloseStatus)CloseCodes.SubscriberExists, $"Subscriber for {id} already exists");
            return false;
        }
        // Executing may call a service; the receive loop goes on answering pings and completes meanwhile.
        _ = Task.Run(() => operation.ExecuteAsync(request, executer, http.RequestServices, _user!, _token!));
        return true;
    }

    internal void Forget(TransportOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, TransportOperation>(operation.Id, operation));

    internal string SerializeResult(ExecutionResult result) => serializer.Serialize(result);

    /// <summary>Waits while the queue is full: the caller (one operation's stream) is what slows down, never another connection.</summary>
    internal async Task EnqueueAsync(string message)
    {
        try { await _outbox.Writer.WriteAsync(message, _closing.Token); }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException) { }
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var text in _outbox.Reader.ReadAllAsync(_closing.Token))
            {
                await _sendLock.WaitAsync(_closing.Token);
                try { await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, _closing.Token); }
                finally { _sendLock.Release(); }
            }
        }
        catch (Exception ex)
            when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private async Task InitTimeoutAsync()
    {
        try { await Task.Delay(settings.InitTimeout, _closing.Token); }
        catch (OperationCanceledException) { return; }
        if (Volatile.Read(ref _initReceived) == 0)
            await CloseAsync((WebSocketCloseStatus)CloseCodes.InitTimeout, "Connection initialisation timeout");
    }

    /// <summary>The connection lives no longer than the token it was opened with; the client reconnects with a fresh one.</summary>
    private async Task CloseAtTokenExpiryAsync(ClaimsPrincipal user)
    {
        try { await Task.Delay(user.TokenLifeLeft(DateTimeOffset.UtcNow), _closing.Token); }
        catch (OperationCanceledException) { return; }
        await CloseAsync((WebSocketCloseStatus)CloseCodes.Unauthorized, "Token expired");
    }

    /// <summary>The orderly close: CloseOutputAsync sends our close frame without waiting; the receive loop then ends.</summary>
    internal async Task CloseAsync(WebSocketCloseStatus status, string? reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            log.LogDebug("Closing a GraphQL WebSocket failed: {Error}", ex.Message);
        }
        finally
        {
            _sendLock.Release();
        }
        // Whoever closed, the connection has two seconds left to finish the handshake; then everything stops.
        try { _closing.CancelAfter(TimeSpan.FromSeconds(2)); } catch (ObjectDisposedException) { }
    }
}
