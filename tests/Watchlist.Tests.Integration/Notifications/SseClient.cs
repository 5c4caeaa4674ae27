using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Watchlist.Tests.Integration.Notifications;

public sealed record SseEvent(string? Id, string? Event, string Data);

/// <summary>A minimal text/event-stream reader, strict about framing so that the tests check what EventSource would see.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Comments seen so far (heartbeats).</summary>
    public List<string> Comments { get; } = [];

    public static async Task<SseClient> OpenAsync(HttpClient client, string uri, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseClient(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event (skipping comments and retry fields), or a timeout failure naming what was awaited.</summary>
    public async Task<SseEvent> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        string? id = null, type = null;
        var data = new StringBuilder();
        while (true)
        {
            string? line;
            try { line = await _reader.ReadLineAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException("No server-sent event arrived in time."); }
            if (line is null) throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (data.Length > 0) return new SseEvent(id, type, data.ToString());
                continue;
            }
            if (line.StartsWith(':')) { Comments.Add(line[1..].Trim()); continue; }
            var colon = line.IndexOf(':');
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "id": id = value; break;
                case "event": type = value; break;
                case "data": data.Append(data.Length > 0 ? "\n" : "").Append(value); break;
            }
        }
    }

    public async Task<List<SseEvent>> NextAsync(int count, TimeSpan? timeout = null)
    {
        var events = new List<SseEvent>();
        for (var i = 0; i < count; i++) events.Add(await NextAsync(timeout));
        return events;
    }

    public static JsonElement DataOf(SseEvent e) => JsonDocument.Parse(e.Data).RootElement;

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
