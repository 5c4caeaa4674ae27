using JasperFx.Events;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Json;
using Watchlist.WatchlistService.Entries;
using Contract = Watchlist.Contracts.Entries;

namespace Watchlist.WatchlistService.Integration;

/// <summary>Which entry events leave the service: each carries the whole entry after the change.</summary>
public sealed class WatchlistIntegrationEvents : IIntegrationEventMap
{
    public object? ToIntegrationEvent(IEvent stored) => stored.Data switch
    {
        EntryListed listed => new Contract.EntryListed(Snapshot(EntryDecider.Evolve(null, listed)!, (int)stored.Version), Context(listed.Change)),
        _ => null,
    };

    private static Contract.EntrySnapshot Snapshot(Entry e, int version) => new(
        e.Id, version, Api(e.Status), Api(e.Details.Kind),
        e.Details.Names.Select(n => new Contract.NameSnapshot(n.Value, Api(n.Type))).ToList(),
        e.Details.Lists, Api(e.Details.Category), Api(e.Details.Action), Api(e.Details.Severity),
        e.Details.OwnerAgency, e.Details.ReleasableTo, e.Details.Remarks);

    private static Contract.ChangeContext Context(Change c) => new(c.Actor, c.Agency, c.Reason, c.At, c.CorrelationId);

    private static string Api<T>(T value) where T : struct, Enum => ApiNames.Of(value);
}
