using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class ResultShapeTests
{
    private static readonly MatchableEntry Hung = new(Guid.NewGuid(), 4, EntryKind.Person)
    {
        Names = [new("Nguyễn Văn Hùng"), new("Hung Nguyen", NameType.Alias)],
        BirthDates = ["1980-05-12"],
        Gender = Gender.Male,
        Nationalities = ["VN"],
        Documents = [new("PASSPORT", "C1234567", "VN")],
        Identifiers = [new(IdentifierType.Phone, "+84901234567")],
    };

    [Fact]
    public void A_hit_explains_every_compared_feature()
    {
        var query = new ScreeningQuery
        {
            Names = ["NGUYEN VAN HUNG"],
            BirthDate = "1980-05-12",
            Gender = Gender.Male,
            Nationality = "VNM",
            Documents = [new("PASSPORT", "C1234567", "VNM")],
            Identifiers = [new(IdentifierType.Phone, "0901 234 567")],
        };

        var hit = IndexWith(Hung).Search(query).HitFor(Hung)!;

        Assert.Equal(4, hit.EntryVersion);
        Assert.Equal(
            [
                MatchFeature.Name, MatchFeature.BirthDate, MatchFeature.Document, MatchFeature.Identifier, MatchFeature.Gender,
                MatchFeature.Nationality,
            ],
            hit.Explanation.Select(e => e.Feature));
        Assert.All(hit.Explanation, e =>
        {
            Assert.InRange(e.Score, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(e.Detail));
        });
        Assert.Contains("Nguyễn Văn Hùng", hit.Explanation[0].Detail);
        Assert.Contains("exact", hit.Explanation[1].Detail);
    }

    [Fact]
    public void Hits_come_best_first_within_the_requested_count()
    {
        var entries = Enumerable.Range(0, 8).Select(i => Person(i < 4 ? "Tong Van Quyet" : "Tong Van Quyetz")).ToArray();
        var index = IndexWith(entries);

        var hits = index.Search(Traveller("TONG VAN QUYET"), new ScreeningOptions { MaxResults = 5 });

        Assert.Equal(5, hits.Count);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Score), hits.Select(h => h.Score));
        Assert.All(hits.Take(4), hit => Assert.Equal(1, hit.Score));
    }

    [Fact]
    public void Bands_follow_the_thresholds()
    {
        var index = IndexWith(Hung);
        var strict = new ScreeningOptions { Thresholds = new MatchThresholds(match: 0.99, review: 0.5) };

        var hit = index.Search(Traveller("J. NGUYEN HUNG"), strict).HitFor(Hung)!;

        Assert.Equal(hit.Score >= 0.99 ? MatchBand.Match : MatchBand.Review, hit.Band);
        Assert.Null(index.Search(Traveller("J. NGUYEN HUNG"), new ScreeningOptions { Thresholds = new MatchThresholds(1, 1) })
            .HitFor(Hung));
    }

    [Theory]
    [InlineData(0.5, 0.6)]
    [InlineData(1.1, 0.5)]
    [InlineData(0.9, -0.1)]
    public void Thresholds_must_be_ordered_within_zero_and_one(double match, double review) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchThresholds(match, review));

    [Fact]
    public void Scores_mean_the_same_for_every_kind()
    {
        var person = Person("Sok Vanna Chenda");
        var organisation = Organisation("Sok Vanna Chenda");
        var hits = IndexWith(person, organisation).Search(Traveller("SOK VANNA CHENDA"));

        Assert.Equal(hits.HitFor(person)!.Score, hits.HitFor(organisation)!.Score);
    }

    [Fact]
    public void A_document_hit_names_the_entry()
    {
        var hit = IndexWith(Hung).Search(new ScreeningQuery { Documents = [new("PASSPORT", "C1234567", "VN")] }).HitFor(Hung)!;

        Assert.Equal("Nguyễn Văn Hùng", hit.MatchedName);
        Assert.Equal(MatchFeature.Document, Assert.Single(hit.Explanation).Feature);
    }
}
