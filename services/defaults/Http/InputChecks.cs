using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Watchlist.ServiceDefaults.Text;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// Which checks a host runs; bodies are checked by the hosts that read them (the services), not by the gateway that
/// passes them on.
/// </summary>
public sealed class InputCheckOptions
{
    public bool CheckJsonBodies { get; set; }
}

/// <summary>
/// Hostile input is refused once, here, before any endpoint reads it, so that no endpoint has to remember it:
/// a charset other than UTF-8 is a 415; a multipart body without a usable boundary, a query value, path or JSON
/// string that <see cref="TextPolicy"/> refuses, or a JSON key given twice is a 400 problem naming the field.
/// </summary>
public sealed class InputChecks(RequestDelegate next, IOptions<InputCheckOptions> options)
{
    private const int MaxBoundaryLength = 70; // RFC 2046

    public async Task InvokeAsync(HttpContext context)
    {
        var refusal = CheckContentType(context.Request, out var mediaType) ?? CheckHeaders(context.Request) ?? CheckUrl(context.Request);
        if (refusal is null && options.Value.CheckJsonBodies && IsJson(mediaType) && context.Request.Body is { } body)
            refusal = await CheckJsonBodyAsync(context, body);
        if (refusal is not null) await refusal.ExecuteAsync(context);
        else await next(context);
    }

    /// <summary>
    /// Header values are visible ASCII (RFC 9110 leaves anything else opaque). A proxy cannot forward other characters,
    /// so the gateway answered them with a 502; refused here they are the client's 400.
    /// </summary>
    private static IResult? CheckHeaders(HttpRequest request)
    {
        foreach (var (name, values) in request.Headers)
            foreach (var value in values)
                if (value is not null && value.Any(c => c is not ('\t' or (>= ' ' and <= '~'))))
                    return Problem(400, "A header holds characters that are not visible ASCII.",
                        $"The {Shorten(name)} header may hold only visible ASCII characters, spaces and tabs.");
        return null;
    }

    private static IResult? CheckContentType(HttpRequest request, out MediaTypeHeaderValue? mediaType)
    {
        mediaType = null;
        if (string.IsNullOrEmpty(request.ContentType)) return null;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out mediaType))
            return Problem(
                400, "The Content-Type header is malformed.", $"'{request.ContentType}' is not a media type such as application/json.");
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset).Value;
        if (charset is not null
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return Problem(
                415, "Only UTF-8 is accepted.", $"The charset '{Shorten(charset)}' is not supported; send UTF-8 (or leave charset out).");
        if (charset is not null && mediaType.Charset.Value != "utf-8")
        {
            // The body readers take the parameter literally, so a quoted "utf-8" or "UTF8" would fail inside an endpoint.
            mediaType.Charset = "utf-8";
            request.ContentType = mediaType.ToString();
        }
        if (mediaType.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength)
                return Problem(400, "The multipart body has no usable boundary.",
                    $"Content-Type {mediaType.MediaType} needs a boundary parameter of 1 to {MaxBoundaryLength} characters, " +
                        "as curl -F sends it.");
        }
        return null;
    }

    private static IResult? CheckUrl(HttpRequest request)
    {
        if (TextPolicy.Refusal(request.Path.Value) is { } path) return Invalid("path", path);
        foreach (var (key, values) in request.Query)
        {
            if (TextPolicy.Refusal(key) is { } badKey) return Invalid("query", badKey);
            foreach (var value in values)
                if (TextPolicy.Refusal(value) is { } bad) return Invalid(key, bad);
        }
        return null;
    }

    /// <summary>The body is read once into memory (within the endpoint's size limit) and handed on from there.</summary>
    private static async Task<IResult?> CheckJsonBodyAsync(HttpContext context, Stream body)
    {
        var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, context.RequestAborted);
        buffer.Position = 0;
        context.Request.Body = buffer;
        context.Response.RegisterForDispose(buffer);
        return JsonTextCheck.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } refusal
            ? Invalid(refusal.Path, refusal.Message)
            : null;
    }

    private static bool IsJson(MediaTypeHeaderValue? mediaType) =>
        mediaType is not null && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "The request holds text that is not accepted.", detail: $"{field}: {message}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
