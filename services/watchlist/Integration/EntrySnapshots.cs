using Watchlist.ServiceDefaults.Json;
using Watchlist.WatchlistService.Entries;
using Contract = Watchlist.Contracts.Entries;

namespace Watchlist.WatchlistService.Integration;

public static class EntrySnapshots
{
    /// <summary>The stored status, not the one at read time: consumers apply validity themselves, as time passes.</summary>
    public static Contract.EntrySnapshot Of(Entry e)
    {
        var d = e.Details;
        return new(e.Id, e.Version, ApiNames.Of(e.Status), ApiNames.Of(d.Kind),
            d.Names.Select(n => new Contract.NameSnapshot(n.Value, ApiNames.Of(n.Type))).ToList(),
            d.BirthDates, d.Gender is { } g ? ApiNames.Of(g) : null, d.Nationalities,
            d.Documents.Select(x => new Contract.DocumentSnapshot(ApiNames.Of(x.Type), x.Number, x.Country, x.ExpiresOn)).ToList(),
            d.Identifiers.Select(x => new Contract.IdentifierSnapshot(ApiNames.Of(x.Type), x.Value, x.Platform)).ToList(),
            d.Lists, ApiNames.Of(d.Category), ApiNames.Of(d.Action), ApiNames.Of(d.Severity), d.OwnerAgency, d.ReleasableTo,
            d.ValidFrom, d.ValidUntil, d.Source.Dataset, d.Source.Reference, d.Remarks);
    }
}
