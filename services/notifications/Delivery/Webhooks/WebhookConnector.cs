using System.Net;
using System.Net.Sockets;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>Resolves a receiver's host name; a seam so that tests can make a name resolve where DNS rebinding would.</summary>
public interface IReceiverResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

public sealed class DnsReceiverResolver : IReceiverResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Dns.GetHostAddressesAsync(host, ct);
}

/// <summary>The receiver resolved to an address that <see cref="WebhookDestinations"/> does not permit.</summary>
public sealed class ReceiverRefusedException(string host)
    : Exception($"The webhook host {host} resolved to an address that is not allowed.");

/// <summary>
/// The webhook client's only way onto the network (<see cref="SocketsHttpHandler.ConnectCallback"/>): it resolves the host
/// itself, refuses the connection if any of its addresses is not permitted, and connects to the addresses it checked.
/// Checking at creation alone would not do: a name can resolve to a public address then and to 169.254.169.254 now
/// (DNS rebinding), and the client would otherwise resolve again between our check and its connect.
/// </summary>
public sealed class WebhookConnector(WebhookDestinations destinations, IReceiverResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0 || addresses.Any(a => !destinations.Permits(host, a))) throw new ReceiverRefusedException(host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
