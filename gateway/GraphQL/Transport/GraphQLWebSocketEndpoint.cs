using GraphQL;

namespace Watchlist.Gateway.GraphQL.Transport;

/// <summary>
/// graphql-transport-ws on the same path as GraphQL over HTTP. It runs as middleware ahead of the HTTP handler, so a
/// WebSocket upgrade of <c>/graphql</c> never reaches it; everything else passes through untouched.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    public const string Protocol = "graphql-transport-ws";

    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(TransportSettings.From(configuration)).AddSingleton<WebSocketTokens>();

    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.WebSockets.IsWebSocketRequest || !http.Request.Path.Equals(GraphQLHttpEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            await Results.Problem(statusCode: 400, title: "Unsupported WebSocket subprotocol.",
                detail: $"Ask for the '{Protocol}' subprotocol (Sec-WebSocket-Protocol: {Protocol}).").ExecuteAsync(http);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Protocol);
        var services = http.RequestServices;
        await new TransportConnection(
            socket, http, services.GetRequiredService<TransportSettings>(), services.GetRequiredService<WebSocketTokens>(),
            services.GetRequiredService<IDocumentExecuter<WatchlistSchema>>(), services.GetRequiredService<IGraphQLTextSerializer>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<TransportConnection>()).RunAsync();
    });
}
