using System.Text.Json;

namespace Watchlist.ServiceDefaults.Text;

/// <summary>A refused JSON body: where (a path such as <c>names[0].value</c>) and why.</summary>
public sealed record JsonTextRefusal(string Path, string Message);

/// <summary>
/// Reads a JSON document once, before any endpoint binds it, and finds what would otherwise fail deep inside
/// (a NUL reaching PostgreSQL, a lone surrogate reaching a converter) or be read two ways (a key given twice,
/// where one reader takes the first and another the last). Syntax errors are left to the endpoint's own reader,
/// which already says where they are.
/// </summary>
public static class JsonTextCheck
{
    public static JsonTextRefusal? Check(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        if (TextOf(ref reader, out var key) is { } badKey) return new(PathOf(frames), $"A key: {badKey}");
                        var frame = frames.Peek();
                        frame.Property = key;
                        if (!frame.Keys!.Add(key!)) return new(PathOf(frames), $"The key '{key}' is given twice; give each key once.");
                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        if (TextOf(ref reader, out _) is { } bad) return new(PathOf(frames), bad);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException) { return null; } // malformed: the endpoint's reader answers it, with line and position
        return null;
    }

    /// <summary>A value inside an array moves the array's index on.</summary>
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var parent) && parent.IsArray) parent.Index++;
    }

    private static string? TextOf(ref Utf8JsonReader reader, out string? text)
    {
        text = null;
        if (!reader.ValueIsEscaped && reader.TokenType == JsonTokenType.String) return TextPolicy.Refusal(reader.ValueSpan);
        try { text = reader.GetString(); }
        catch (InvalidOperationException) { return TextPolicy.NotUnicode; } // an escaped lone or reversed surrogate
        return TextPolicy.Refusal(text);
    }

    private static string PathOf(Stack<Frame> frames) =>
        string.Concat(frames.Reverse().Select(f => f.IsArray ? $"[{f.Index}]" : f.Property is null ? "" : $".{f.Property}"))
            .TrimStart('.') is { Length: > 0 } path ? path : "$";

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
        public HashSet<string>? Keys { get; } = isArray ? null : new(StringComparer.Ordinal);
    }
}
