using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>A graphql-transport-ws client in the test's own hands, so that each protocol rule can be broken on purpose.</summary>
public sealed class GraphQLWebSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public static async Task<GraphQLWebSocket> ConnectAsync(Uri gateway)
    {
        var client = new GraphQLWebSocket();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(gateway) { Scheme = "ws", Path = "/graphql" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        Assert.Equal("graphql-transport-ws", client._socket.SubProtocol);
        return client;
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task InitAsync(string token) => SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult frame;
            try { frame = await _socket.ReceiveAsync(buffer, cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException("No WebSocket message arrived in time."); }
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }
            message.Write(buffer, 0, frame.Count);
            if (frame.EndOfMessage) return JsonDocument.Parse(message.ToArray()).RootElement;
        }
    }

    /// <summary>Reads until the server closes, and returns its close code.</summary>
    public async Task<int?> ClosedWithAsync(TimeSpan? timeout = null)
    {
        while (await ReceiveAsync(timeout) is not null) { }
        return (int?)_socket.CloseStatus;
    }

    public async Task<JsonElement> ExpectAsync(string type, TimeSpan? timeout = null)
    {
        var message = await ReceiveAsync(timeout) ?? throw new Xunit.Sdk.XunitException(
            $"Expected {type}, but the socket closed with {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}.");
        Assert.True(message.GetProperty("type").GetString() == type, $"Expected {type}, got {message}");
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
            try { await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, new CancellationTokenSource(2000).Token); } catch { }
        _socket.Dispose();
    }
}
