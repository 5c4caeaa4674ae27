using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// One id follows a request from the gateway through every service and into every log line.
/// The gateway mints it when the caller sends none; services take the one they are given.
/// </summary>
public sealed class CorrelationId(RequestDelegate next, ILogger<CorrelationId> logger)
{
    public const string Header = "X-Correlation-ID";
    private const int MaxLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accept(context.Request.Headers[Header].ToString()) ?? Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        // Written back onto the request so that YARP forwards it and handlers can read it.
        context.Request.Headers[Header] = id;
        context.Items[Header] = id;
        // At the last moment, and only if absent: behind the gateway the service's answer already carries it.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.TryAdd(Header, id);
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("correlation.id", id);
        using (BeginScope(logger, id))
            await next(context);
    }

    /// <summary>The log scope that puts the id on every line written inside it (requests here, consumed messages in
    /// <see cref="Messaging.CorrelationScope{T}"/>).</summary>
    public static IDisposable? BeginScope(ILogger logger, string id) => logger.BeginScope(new Scope(id));

    public static string Of(HttpContext context) => context.Items[Header] as string ?? context.TraceIdentifier;

    /// <summary>Only short, printable ids pass, so a caller cannot inject into logs or headers.</summary>
    private static string? Accept(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;

    /// <summary>Structured for log processors (a CorrelationId property), readable for the console.</summary>
    private sealed class Scope(string id) : IReadOnlyList<KeyValuePair<string, object>>
    {
        public KeyValuePair<string, object> this[int index] => new("CorrelationId", id);
        public int Count => 1;
        public IEnumerator<KeyValuePair<string, object>> GetEnumerator() { yield return this[0]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => $"CorrelationId:{id}";
    }
}
