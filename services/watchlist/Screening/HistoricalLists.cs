using JasperFx.Events;
using Marten;
using Marten.Events;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// The list exactly as it stood at a past moment, rebuilt from the event store, for asOf
/// screenings and replays. It costs a read of the list's history, so it is built on demand.
/// </summary>
public static class HistoricalLists
{
    public static async Task<ListState> AtAsync(IQuerySession session, DateTimeOffset asOf, CancellationToken ct)
    {
        asOf = asOf.ToUniversalTime(); // Npgsql writes timestamptz only from offset 0
        var events = await session.Events.QueryAllRawEvents().Where(e => e.Timestamp <= asOf && e.EventTypesAre(EntryEventTypes.All))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        var state = new ListState();
        var entries = events.Where(e => e.Data is IEntryEvent)
            .GroupBy(e => e.StreamId)
            .Select(stream => EntryDecider.Fold(stream.Select(e => (IEntryEvent)e.Data)))
            .OfType<Entry>().ToList();
        state.ApplyMany(entries);
        state.AdvanceTo(events.Count == 0 ? 0 : events[^1].Sequence);
        return state;
    }
}
