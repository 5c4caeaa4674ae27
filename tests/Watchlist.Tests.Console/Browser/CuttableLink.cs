using System.Net;
using System.Net.Sockets;

namespace Watchlist.Tests.Console.Browser;

/// <summary>
/// A TCP link between the console and the gateway that a test can cut, as a network does: every open connection is
/// closed at once, and new ones are refused until the link is restored. Nothing above TCP is touched.
/// </summary>
public sealed class CuttableLink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _refusing;

    public CuttableLink(Uri target)
    {
        _target = target;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>Closes every connection through the link, and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _refusing = true;
        lock (_open)
        {
            foreach (var client in _open) Drop(client);
            _open.Clear();
        }
    }

    public void Restore() => _refusing = false;

    /// <summary>
    /// Resets the connection at once: a plain dispose may wait for the pumps' pending reads to let go of the socket,
    /// and the far end would see the link alive a while longer.
    /// </summary>
    private static void Drop(TcpClient client)
    {
        try
        {
            // A pump that is closing its connection may have disposed it already: its socket is then gone.
            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Shutdown(SocketShutdown.Both);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        client.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            if (_refusing) { inbound.Dispose(); continue; }
            _ = PumpAsync(inbound);
        }
    }

    private async Task PumpAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        lock (_open) { _open.Add(inbound); _open.Add(outbound); }
        try
        {
            // Accepted just before a cut: it must not outlive it.
            if (_refusing) return;
            await outbound.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            await Task.WhenAny(
                inbound.GetStream().CopyToAsync(outbound.GetStream(), done.Token),
                outbound.GetStream().CopyToAsync(inbound.GetStream(), done.Token));
            await done.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException
            or InvalidOperationException)
        { }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
            lock (_open) { _open.Remove(inbound); _open.Remove(outbound); }
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
