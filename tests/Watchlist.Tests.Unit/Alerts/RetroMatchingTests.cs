using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.Tests.Unit.Alerts;

public sealed class RetroMatchingTests
{
    private static EntrySnapshot Entry(string name, params string[] birthDates) => new(
        Guid.NewGuid(), 1, "ACTIVE", "PERSON", [new NameSnapshot(name, "PRIMARY")], birthDates, null, [], [], [], ["wanted"],
        "WANTED", "SPECIFIC_CHECK", "MEDIUM", "VN-MPS", ["*"], null, null, "manual", null, null);

    private static TravellerSnapshot Traveller(string name, string birthDate) =>
        new([name], birthDate, null, "VN", [new TravellerDocument("PASSPORT", "P12345678", "VN")], []);

    private static IReadOnlyList<ScreeningHit> Search(EntrySnapshot entry, TravellerSnapshot traveller)
    {
        var index = new ScreeningIndex();
        index.Upsert(ScreeningPolicy.EntryOf(entry));
        return index.Search(ScreeningPolicy.QueryOf(traveller, place: null));
    }

    [Fact]
    public void A_crossing_of_the_listed_person_matches_with_the_screening_engine()
    {
        var hit = Assert.Single(Search(Entry("Đinh Bộ Bakoru", "1975-03-09"), Traveller("DINH BO BAKORU", "1975-03-09")));
        Assert.Equal(MatchBand.Match, hit.Band);
    }

    [Fact]
    public void A_crossing_of_someone_else_does_not_match() =>
        Assert.Empty(Search(Entry("Somebody Else Entirely", "1975-03-09"), Traveller("DINH BO BAKORU", "1975-03-09")));
}
