using System.Collections.Frozen;
using System.Reflection;

namespace Watchlist.Gateway.GraphQL.Ide;

/// <summary>
/// GraphiQL for admins: a browser that navigates to <c>GET /graphql</c> gets the IDE, and every other request to that path
/// (POST, GET with a query, the graphql-transport-ws WebSocket) is GraphQL as before. The IDE's files are vendored from npm
/// (see <c>graphiql/README.md</c>) and embedded in this assembly, so the gateway serves them itself and the browser fetches
/// nothing from anywhere else; the page's Content-Security-Policy holds it to that. The IDE carries no token of its own:
/// the admin pastes theirs in its Headers tab, and the gateway checks it on every request as on any other.
/// </summary>
public static class GraphiQLEndpoints
{
    public const string AssetPath = "/graphql/ide";

    /// <summary>Scripts and styles from this origin only; connections to this origin (HTTP and WebSocket) only.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["watchlist.js"] = "text/javascript; charset=utf-8",
        ["watchlist.css"] = "text/css; charset=utf-8",
        ["LICENSE.graphiql"] = "text/plain; charset=utf-8",
        ["LICENSE.react"] = "text/plain; charset=utf-8",
        ["LICENSE.react-dom"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A browser's navigation: it asks for HTML and sends no GraphQL query. A GraphQL client that sends a query by GET, or
    /// asks for JSON, still gets GraphQL.
    /// </summary>
    public static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task WritePageAsync(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return WriteAsync(http, "index.html", "text/html; charset=utf-8");
    }

    /// <summary>The IDE's files, anonymous like the page: they hold no data, and the admin has not pasted a token yet.</summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder app)
    {
        // The name is optional so that /graphql/ide and /graphql/ide/ are this endpoint's 404 too, not the server's bare one.
        app.MapGet(AssetPath + "/{file?}", (string? file, HttpContext http) =>
                file is not null && Files.TryGetValue(file, out var type)
                    ? WriteAsync(http, file, type)
                    : Results.Problem(statusCode: 404, title: "No such file.", detail: "GraphiQL is at GET /graphql.").ExecuteAsync(http))
            .AllowAnonymous()
            .RequireRateLimiting(Routing.RateLimits.Standard);
        return app;
    }

    private static async Task WriteAsync(HttpContext http, string file, string contentType)
    {
        await using var content = Assembly.GetExecutingAssembly().GetManifestResourceStream($"graphiql/{file}")
            ?? throw new InvalidOperationException($"GraphiQL's {file} is not embedded in the gateway.");
        http.Response.ContentType = contentType;
        http.Response.ContentLength = content.Length;
        await content.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
