using JasperFx.Events;
using Marten;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;
using Contract = Watchlist.Contracts.Entries;

namespace Watchlist.WatchlistService.Integration;

/// <summary>
/// Every entry event leaves the service carrying the whole entry as it stood right after that
/// event (not as it stands when the forwarder gets to it), so consumers can apply them in order.
/// A listing carries everything itself; other changes take the entry's state from <see cref="StreamStates{TState}"/>,
/// at most one read for the whole batch, which keeps imports of thousands of amendments fast.
/// </summary>
public sealed class WatchlistIntegrationEvents(ForwarderSettings settings, ScreeningPrivacy privacy) : IIntegrationEventMap
{
    private readonly StreamStates<Entry> _entries =
        settings.StatesOf<Entry>((entry, data) => data is IEntryEvent e ? EntryDecider.Evolve(entry, e) : entry);

    public async Task<IReadOnlyList<IReadOnlyList<object>>> ToIntegrationEventsAsync(IReadOnlyList<IEvent> stored, IQuerySession session,
        CancellationToken ct)
    {
        var entryEvents = stored.Where(s => s.Data is IEntryEvent).ToList();
        var after = entryEvents.Count == 0 ? null : await _entries.AfterEachAsync(entryEvents, session, ct);
        // A crossing carries the traveller in clear, so it is opened first (one key-store read for the batch); a forwarder so far
        // behind that the key is already shredded sends the pseudonyms, which no list entry can hit.
        var opened = await privacy.OpenAsync(session, stored.Select(s => s.Data).ToList(), ct);
        return stored.Select((s, i) => opened[i] switch
        {
            IEntryEvent e when after![s.Id] is { } entry => [EntryEvent(s, e, entry)],
            ScreeningRecorded screened => ScreeningHits.Of(screened),
            Content.Screening.ContentScreeningRecorded post => ScreeningHits.Of(post),
            _ => (IReadOnlyList<object>)[],
        }).ToList();
    }

    /// <summary>Crossings need no order (the alerts service keeps them as a window, whichever comes first): a manifest's
    /// travel in bundles. Hits and entry changes go one by one, in their streams' order.</summary>
    public bool Bundles(object message) => message is TravellerScreened;

    public object Bundle(IReadOnlyList<BundledMessage> items) =>
        new TravellersScreened([.. items.Select(i => new BundledCrossing(i.MessageId, i.CorrelationId, (TravellerScreened)i.Message))]);

    private static object EntryEvent(IEvent stored, IEntryEvent e, Entry entry)
    {
        var snapshot = EntrySnapshots.Of(entry);
        var change = new Contract.ChangeContext(e.Change.Actor, e.Change.Agency, e.Change.Reason, e.Change.At, e.Change.CorrelationId,
            stored.Sequence);
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
