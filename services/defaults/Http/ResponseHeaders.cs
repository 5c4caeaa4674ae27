using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// What every answer of every host carries, set at the last moment so that it also covers what YARP passes on from a
/// service: <c>X-Content-Type-Options: nosniff</c> (a browser never runs an answer as another type), <c>Cache-Control:
/// no-store</c> (watchlist data never rests in a browser or proxy cache), no <c>Server</c> header (Kestrel's is off,
/// see <see cref="ServiceDefaultsExtensions"/>); outside Development also HSTS. TLS ends at the ingress in front of
/// the gateway, so the header is sent whatever the scheme; browsers heed it only over HTTPS.
/// </summary>
public sealed class ResponseHeaders(RequestDelegate next, IHostEnvironment environment)
{
    private const string Hsts = "max-age=31536000; includeSubDomains";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "no-store";
            headers.Remove(HeaderNames.Server);
            if (!environment.IsDevelopment()) headers.StrictTransportSecurity = Hsts;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
