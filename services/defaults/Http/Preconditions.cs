using Microsoft.AspNetCore.Http;

namespace Watchlist.ServiceDefaults.Http;

/// <summary>
/// Optimistic concurrency over HTTP: the version is a strong ETag (<c>"3"</c>); a change must
/// say which version it was made against with If-Match.
/// </summary>
public static class Preconditions
{
    public static string ETagOf(int version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, int version) => response.Headers.ETag = ETagOf(version);

    /// <summary>The version named by If-Match, or the problem to answer: 428 when it is missing, 400 when it is not a version.</summary>
    public static (int? Version, IResult? Problem) ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            return (null, Results.Problem(statusCode: 428, title: "If-Match is required.",
                detail: "Send the entity's ETag in If-Match (for example If-Match: \"3\"), so that a change made by someone else " +
                    "in the meantime is not overwritten."));
        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (value.Length > 2 && value[0] == '"' && value[^1] == '"' && int.TryParse(value[1..^1], out var version) && version > 0)
            return (version, null);
        return (null, Results.Problem(
            statusCode: 400, title: "If-Match is malformed.", detail: $"Expected a strong ETag such as \"3\", got {header}."));
    }

    public static IResult Stale(int expected, int actual) => Results.Problem(statusCode: 412, title: "The entity has changed.",
        detail: $"If-Match named version {expected}, but the current version is {actual}. " +
            "Reload it, reapply your change, and send the new ETag.");
}
