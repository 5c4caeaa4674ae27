using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class GenderNationalityTests
{
    private static readonly MatchableEntry Listed = Person("Chau Minh Khoa", gender: Gender.Male, nationality: "VN");
    private static readonly ScreeningIndex Index = IndexWith(Listed);

    private static double ScoreOf(ScreeningQuery query) =>
        Index.Search(query, new ScreeningOptions { Thresholds = new MatchThresholds(0.85, 0.01) }).HitFor(Listed)!.Score;

    [Fact]
    public void Gender_agreement_supports_and_conflict_contradicts()
    {
        var neutral = ScoreOf(Traveller("Chau Minh Khoa X"));
        var agreeing = ScoreOf(Traveller("Chau Minh Khoa X", gender: Gender.Male));
        var conflicting = ScoreOf(Traveller("Chau Minh Khoa X", gender: Gender.Female));

        Assert.True(agreeing > neutral, $"{agreeing} vs {neutral}");
        Assert.True(conflicting < neutral, $"{conflicting} vs {neutral}");
        Assert.True(agreeing - neutral < 0.05, "gender is small evidence");
    }

    [Theory]
    [InlineData("VN")]
    [InlineData("VNM")]
    public void Nationality_agreement_supports_in_alpha2_or_alpha3(string nationality)
    {
        var neutral = ScoreOf(Traveller("Chau Minh Khoa X"));
        var agreeing = ScoreOf(Traveller("Chau Minh Khoa X", nationality: nationality));

        Assert.True(agreeing > neutral, $"{agreeing} vs {neutral}");
    }

    [Fact]
    public void Nationality_conflict_contradicts_a_little()
    {
        var neutral = ScoreOf(Traveller("Chau Minh Khoa X"));
        var conflicting = ScoreOf(Traveller("Chau Minh Khoa X", nationality: "KHM"));

        Assert.InRange(neutral - conflicting, 0.01, 0.1);
    }

    [Fact]
    public void Both_are_explained()
    {
        var hit = Index.Search(Traveller("CHAU MINH KHOA", gender: Gender.Female, nationality: "VNM")).HitFor(Listed)!;

        Assert.Equal(0, hit.Explanation.Single(e => e.Feature == MatchFeature.Gender).Score);
        Assert.Equal(1, hit.Explanation.Single(e => e.Feature == MatchFeature.Nationality).Score);
    }
}
