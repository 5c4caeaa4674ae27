using System.Text;

namespace Watchlist.WebConsole.Alerts;

/// <summary>One event of a text/event-stream, as the WHATWG rules frame it.</summary>
public sealed record ServerSentEvent(string? Id, string Event, string Data);

/// <summary>Reads server-sent events from a stream: fields up to a blank line make one event; comments (heartbeats) are skipped.</summary>
public static class SseReader
{
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? id = null, name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0) yield return new ServerSentEvent(id, name ?? "message", data.ToString(0, data.Length - 1));
                id = null; name = null; data.Clear();
                continue;
            }
            if (line[0] == ':') continue;
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "event": name = value; break;
                case "data": data.Append(value).Append('\n'); break;
            }
        }
    }
}
