using Marten;

namespace Watchlist.WatchlistService.Entries;

/// <summary>The edge between the pure entry rules and Marten: load by folding a stream, append decided events.</summary>
public static class EntryStreams
{
    public static async Task<Entry?> LoadAsync(this IQuerySession session, Guid id, DateTimeOffset? asOf, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, timestamp: asOf, token: ct);
        return EntryDecider.Fold(events.Select(e => e.Data).OfType<IEntryEvent>());
    }

    /// <summary>Starts the stream; Marten refuses a second stream with the same id.</summary>
    public static void StartEntry(this IDocumentSession session, Guid id, IReadOnlyList<IEntryEvent> events, Change change)
    {
        session.CorrelationId = change.CorrelationId;
        session.Events.StartStream<Entry>(id, events.Cast<object>().ToArray());
    }
}
