namespace Watchlist.Gateway.GraphQL.Transport;

/// <summary>
/// From <c>GraphQL:WebSocket</c>. The send queue bounds what one connection may hold in memory: when a client reads
/// slower than its alerts arrive, its own stream waits, and nobody else's.
/// </summary>
public sealed record TransportSettings(TimeSpan InitTimeout, int SendQueue, int MaxMessageBytes)
{
    public static TransportSettings From(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(configuration.GetValue("GraphQL:WebSocket:InitTimeoutSeconds", 10.0)),
        configuration.GetValue("GraphQL:WebSocket:SendQueue", 64),
        configuration.GetValue("GraphQL:WebSocket:MaxMessageBytes", 64 * 1024));
}
