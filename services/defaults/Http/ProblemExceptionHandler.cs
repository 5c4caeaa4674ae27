using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// Turns input the framework could not read (malformed JSON, a body of the wrong type, an
/// oversized body) into a 400 problem+json that says what was wrong, instead of a bare 400 or a 500.
/// Anything else is a genuine server fault and stays a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid JSON.", Describe(json)),
            BadHttpRequestException bad when bad.StatusCode == 413 => (413, "The request body is too large.", bad.Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", bad.Message),
            JsonException json => (400, "The request body is not valid JSON.", Describe(json)),
            // The multipart reader throws these for a body that does not follow its boundary (InputChecks refuses a missing one).
            InvalidDataException or IOException
                when context.Request.HasFormContentType && !context.RequestAborted.IsCancellationRequested =>
                (400, "The multipart body could not be read.",
                    "Its parts do not follow the boundary named in Content-Type; send it as curl -F does."),
            _ => (500, "An unexpected error occurred.", "The error has been logged with the correlation id of this request."),
        };
        // Since .NET 10 the middleware no longer logs what a handler handled, and a 500 promises the caller that it was logged.
        if (status >= 500) log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Describe(JsonException json)
    {
        // Invalid text (a lone surrogate such as \ud800) surfaces as a conversion failure; say what it really is.
        var what = json.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("UTF-16")
            ? "The text is not valid Unicode (it contains a lone surrogate)"
            : FirstLine(json.Message);
        return json.Path is { Length: > 0 } path
            ? $"{what} (at {path}, line {json.LineNumber + 1}, position {json.BytePositionInLine + 1})."
            : what;
    }

    /// <summary>The reader's message names the .NET type it wanted; a client only needs to know the value has the wrong type.</summary>
    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Split(" Path:")[0].TrimEnd('.');
        var converted = line.IndexOf(" could not be converted to ", StringComparison.Ordinal);
        if (converted >= 0) line = line[..converted] + " has the wrong type for this field";
        return line.Contains("System.", StringComparison.Ordinal) || line.Contains("Watchlist.", StringComparison.Ordinal)
            ? "The JSON value does not fit this field" : line;
    }
}
