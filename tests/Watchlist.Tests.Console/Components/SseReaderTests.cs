using System.Text;
using Watchlist.WebConsole.Alerts;

namespace Watchlist.Tests.Console.Components;

public sealed class SseReaderTests
{
    [Fact]
    public async Task Events_are_framed_by_blank_lines_with_their_ids_and_comments_are_skipped()
    {
        const string text = "retry: 2000\n\n: heartbeat\n\n"
            + "id: 7\nevent: alert.raised\ndata: {\"a\":1}\n\n"
            + "id: 8\nevent: alert.changed\ndata: line1\ndata: line2\n\n";
        var events = new List<ServerSentEvent>();
        await foreach (var e in SseReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None))
            events.Add(e);
        Assert.Equal(
            [new ServerSentEvent("7", "alert.raised", "{\"a\":1}"), new ServerSentEvent("8", "alert.changed", "line1\nline2")],
            events);
    }

    [Fact]
    public async Task An_event_cut_off_by_a_dropped_connection_is_not_delivered_so_the_resume_cursor_stays_before_it()
    {
        const string text = "id: 7\nevent: alert.raised\ndata: {}\n\nid: 8\nevent: alert.raised\ndata: {\"half";
        var events = new List<ServerSentEvent>();
        await foreach (var e in SseReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None)) events.Add(e);
        Assert.Equal("7", Assert.Single(events).Id);
    }
}
