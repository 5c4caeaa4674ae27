using System.Globalization;
using System.Text;
using Watchlist.Tests.Fuzz.Generators;

namespace Watchlist.Tests.Fuzz.Cases;

/// <summary>What a case may change, so that the runner knows what to check was not half-written.</summary>
public enum Effect { None, ListsEntry, ChangesEntry, ChangesAlert, Screens, Subscribes, Unsubscribes, Imports, GraphQL }

/// <summary>A request body as bytes on the wire, with the Content-Type it claims (null: none sent).</summary>
public sealed record Body(byte[] Bytes, string? ContentType)
{
    public static Body Of(Json json, string? contentType = "application/json") => Text(json.Write(), contentType);

    public static Body Text(string text, string? contentType) => new(Encoding.UTF8.GetBytes(text), contentType);
}

/// <summary>
/// One generated request. The path and headers may name the worker's own targets as placeholders
/// ({entry}, {alert}, {subscription}, {screening}, {foreign}; {version} for the target's current version),
/// so that a case is pure data: printable, and the same for the same seed.
/// </summary>
public sealed record FuzzCase(string Endpoint, string Method, string Path, Caller Caller, Body? Body,
    IReadOnlyList<KeyValuePair<string, string>> Headers, Effect Effect)
{
    public const int PrintedBodyChars = 1_500;

    public bool Targets(string placeholder) => Path.Contains(placeholder, StringComparison.Ordinal)
        || (Body is not null && Effect == Effect.GraphQL && Encoding.UTF8.GetString(Body.Bytes)
            .Contains(placeholder, StringComparison.Ordinal));

    /// <summary>The input as a person can read and replay it: non-ASCII and control characters escaped, long bodies cut.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"[{Endpoint}] {Method} {Escape(Path, 600)} as {Escape(Caller.ToString(), 100)}");
        foreach (var (name, value) in Headers) text.Append($"\n  {name}: {Escape(value, 200)}");
        if (Body is not null)
        {
            text.Append($"\n  Content-Type: {(Body.ContentType is null ? "(none)" : Escape(Body.ContentType, 200))}");
            text.Append($"\n  body ({Body.Bytes.Length} bytes): {Escape(Decode(Body.Bytes), PrintedBodyChars)}");
        }
        return text.ToString();
    }

    private static string Decode(byte[] bytes) =>
        new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes, 0, Math.Min(bytes.Length, PrintedBodyChars * 4));

    public static string Escape(string value, int max)
    {
        var text = new StringBuilder();
        foreach (var c in value.Length > max ? value[..max] : value)
            text.Append(c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}");
        if (value.Length > max) text.Append(CultureInfo.InvariantCulture, $"… ({value.Length} chars)");
        return text.ToString();
    }
}
