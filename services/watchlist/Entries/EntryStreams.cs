using JasperFx.Events;
using Marten;

namespace Watchlist.WatchlistService.Entries;

/// <summary>The edge between the pure entry rules and Marten: load by folding a stream, append decided events.</summary>
public static class EntryStreams
{
    public static async Task<Entry?> LoadAsync(this IQuerySession session, Guid id, DateTimeOffset? asOf, CancellationToken ct)
    {
        // Npgsql writes timestamptz only from offset 0, so "+14:00" would fail inside the query.
        var events = await session.Events.FetchStreamAsync(id, timestamp: asOf?.ToUniversalTime(), token: ct);
        return EntryDecider.Fold(events.Select(e => e.Data).OfType<IEntryEvent>());
    }

    public static async Task<IReadOnlyList<IEvent>> EventsAsync(this IQuerySession session, Guid id, CancellationToken ct) =>
        await session.Events.FetchStreamAsync(id, token: ct);

    /// <summary>
    /// Stages the events and the updated list view in one transaction. The expected version makes
    /// Marten refuse the append if anyone else appended since <paramref name="before"/> was loaded.
    /// </summary>
    public static Entry AppendEntry(this IDocumentSession session, Entry? before, IReadOnlyList<IEntryEvent> events)
    {
        var after = EntryDecider.Fold(before, events) ?? throw new InvalidOperationException("Events produced no entry.");
        session.CorrelationId = events[^1].Change.CorrelationId;
        var data = events.Cast<object>().ToArray();
        if (before is null) session.Events.StartStream<Entry>(after.Id, data);
        else session.Events.Append(after.Id, after.Version, data);
        session.Store(EntryView.From(after));
        return after;
    }
}
