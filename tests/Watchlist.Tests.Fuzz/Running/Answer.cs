using System.Net;
using System.Text.Json;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>What came back for one case, read once.</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, string Text, HttpResponseMessage Response)
{
    public int Code => (int)Status;
    public bool Succeeded => Code is >= 200 and < 300;

    public JsonElement? Json()
    {
        try { return JsonDocument.Parse(Text).RootElement; }
        catch (JsonException) { return null; }
    }
}

/// <summary>The property every case must hold: never a 5xx; a 4xx is problem+json; GraphQL errors say what the client did wrong.</summary>
public static class Oracle
{
    /// <summary>Codes that mean the server, not the client, failed: a 5xx in GraphQL clothes.</summary>
    private static readonly string[] ServerFaults = ["SERVICE_ERROR", "SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR", "UNHANDLED",
        "EXECUTION_ERROR"];

    public static string? Violation(Answer answer, bool graphQL)
    {
        if (answer.Code >= 500) return $"answered {answer.Code} {answer.Status}";
        if (answer.Code < 200 || (answer.Code >= 300 && answer.Code < 400)) return $"answered {answer.Code}, neither 2xx nor 4xx";
        if (graphQL && answer.MediaType is "application/graphql-response+json" or "application/json") return GraphQLViolation(answer);
        if (answer.Code >= 400) return ProblemViolation(answer);
        return null;
    }

    /// <summary>
    /// Kestrel refuses a request line or header block it cannot parse (a NUL in the decoded path, a target too long)
    /// before any application code runs: a bare 400, 414 or 431 that closes the connection. Nothing can write a problem
    /// there, and nothing was read; these are counted apart in the report.
    /// </summary>
    public static bool IsRefusedByKestrel(Answer answer) =>
        answer.Code is 400 or 414 or 431 && answer.MediaType is null && answer.Text.Length == 0
            && answer.Response.Headers.ConnectionClose == true;

    private static string? ProblemViolation(Answer answer)
    {
        if (IsRefusedByKestrel(answer)) return null;
        if (answer.MediaType != "application/problem+json")
            return $"answered {answer.Code} as {answer.MediaType ?? "no content type"}, not application/problem+json: {Cut(answer.Text)}";
        if (answer.Json() is not { ValueKind: JsonValueKind.Object } problem)
            return $"answered {answer.Code} with a problem that is not a JSON object";
        if (!problem.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Number
            || status.GetInt32() != answer.Code)
            return $"answered {answer.Code} with a problem whose status does not say so: {Cut(answer.Text)}";
        return Internals(answer.Text);
    }

    private static string? GraphQLViolation(Answer answer)
    {
        if (answer.Json() is not { ValueKind: JsonValueKind.Object } result)
            return $"answered {answer.Code} with a GraphQL result that is not JSON";
        if (!result.TryGetProperty("errors", out var errors))
            return answer.Succeeded && result.TryGetProperty("data", out _) ? null : $"answered {answer.Code} without data or errors";
        if (errors.ValueKind != JsonValueKind.Array) return $"answered {answer.Code} with errors that are not a list: {Cut(answer.Text)}";
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() : null;
            if (code is null || ServerFaults.Contains(code))
                return $"GraphQL error {code ?? "without extensions.code"}: {Cut(error.GetRawText())}";
        }
        return Internals(answer.Text);
    }

    /// <summary>Server internals in an answer are a fault even when the status is right.</summary>
    private static string? Internals(string text) =>
        new[] { "   at ", "Exception:", "Npgsql", "System.", ".cs:line" }
            .FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal)) is { } marker
            ? $"the answer reveals internals ({marker.Trim()}): {Cut(text)}" : null;

    public static string Cut(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
