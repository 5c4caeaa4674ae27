using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.EventStore;

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

    /// <summary>Stages the events and the updated list view in one transaction (<see cref="StreamAppends"/>).</summary>
    public static Entry AppendEntry(this IDocumentSession session, Entry? before, IReadOnlyList<IEntryEvent> events)
    {
        var after = EntryDecider.Fold(before, events) ?? throw new InvalidOperationException("Events produced no entry.");
        session.StageEvents<Entry>(after.Id, before is null, after.Version, events, events[^1].Change.CorrelationId);
        session.Store(EntryView.From(after));
        return after;
    }
}
