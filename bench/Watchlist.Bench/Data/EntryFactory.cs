using Watchlist.WatchlistService.Entries;
using Watchlist.Policy;
using Watchlist.WatchlistService.Integration;
using M = Watchlist.Matching;

namespace Watchlist.Bench.Data;

/// <summary>Our entries in the engine's terms, through the one screening policy the services use.</summary>
public static class EntryFactory
{
    private static readonly DateTimeOffset Listed = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    public static M.MatchableEntry Matchable(string key, EntryDetails details) =>
        ScreeningPolicy.EntryOf(EntrySnapshots.Of(new Entry(StableIds.Of(key), 1, EntryStatus.Active, details, Listed, Listed)));

    /// <summary>Details of a synthetic person: what a list would state, nothing more.</summary>
    public static EntryDetails Person(
        IReadOnlyList<EntryName> names, IReadOnlyList<string> birthDates, Gender gender, IReadOnlyList<string> nationalities,
        IReadOnlyList<TravelDocument> documents, IReadOnlyList<OnlineIdentifier> identifiers, string reference) =>
        new(EntryKind.Person, names, birthDates, gender, nationalities, documents, identifiers, [], Category.Other,
            EntryAction.Inform, Severity.Low, "BENCH", [EntryDetails.Everyone], null, null, null,
            new EntrySource("synthetic", reference), null);
}
