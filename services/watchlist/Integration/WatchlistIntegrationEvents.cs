using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;
using Contract = Watchlist.Contracts.Entries;

namespace Watchlist.WatchlistService.Integration;

/// <summary>
/// Every entry event leaves the service carrying the whole entry as it stood right after that
/// event (not as it stands when the forwarder gets to it), so consumers can apply them in order.
/// </summary>
public sealed class WatchlistIntegrationEvents : IIntegrationEventMap
{
    public async ValueTask<IReadOnlyList<object>> ToIntegrationEventsAsync(IEvent stored, IQuerySession session, CancellationToken ct) =>
        stored.Data switch
        {
            IEntryEvent e => [await EntryEventAsync(stored, e, session, ct)],
            ScreeningRecorded screened => ScreeningHits.Of(screened),
            _ => [],
        };

    private static async Task<object> EntryEventAsync(IEvent stored, IEntryEvent e, IQuerySession session, CancellationToken ct)
    {
        // A listing carries everything itself: no read, which keeps imports of thousands fast.
        var entry = e is EntryListed
            ? EntryDecider.Evolve(null, e)!
            : EntryDecider.Fold((await session.Events.FetchStreamAsync(stored.StreamId, version: stored.Version, token: ct))
                .Select(x => x.Data)
                .OfType<IEntryEvent>())!;
        var snapshot = EntrySnapshots.Of(entry);
        var change = new Contract.ChangeContext(
            e.Change.Actor, e.Change.Agency, e.Change.Reason, e.Change.At, e.Change.CorrelationId, stored.Sequence);
        return e switch
        {
            EntryListed => new Contract.EntryListed(snapshot, change),
            Entries.EntryDelisted => new Contract.EntryDelisted(snapshot, change),
            EntryAmended amended => new Contract.EntryChanged(snapshot, "AMENDED", amended.ChangedFields, change),
            _ => new Contract.EntryChanged(snapshot, ChangeTypeOf(e), [], change),
        };
    }

    private static string ChangeTypeOf(IEntryEvent e) =>
        ServiceDefaults.Json.ApiNames.Policy.ConvertName(e.GetType().Name["Entry".Length..]);
}
