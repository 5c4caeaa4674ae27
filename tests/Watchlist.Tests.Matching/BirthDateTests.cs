using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class BirthDateTests
{
    [Theory]
    [InlineData("1980", "1980")]
    [InlineData("1980-05", "1980-05")]
    [InlineData(" 1980-05-12 ", "1980-05-12")]
    [InlineData("1975/1979", "1975/1979")]
    [InlineData("1975..1979", "1975/1979")]
    [InlineData("1979-1975", "1975/1979")]
    public void Parses_partial_dates_and_ranges(string text, string expected) =>
        Assert.Equal(expected, BirthDateSpan.Parse(text)?.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("12/05/1980")]
    [InlineData("1980-13")]
    [InlineData("1981-02-29")]
    [InlineData("circa 1980")]
    public void Rejects_what_is_not_a_partial_ISO_date(string text) => Assert.Null(BirthDateSpan.Parse(text));

    [Theory]
    [InlineData("1980-05-12", "1980-05-12", 1.0)]
    [InlineData("1980-05", "1980-05-12", 0.85)]
    [InlineData("1980", "1980-05-12", 0.8)]
    [InlineData("1980-12-05", "1980-05-12", 0.8)]
    [InlineData("1980-05-13", "1980-05-12", 0.55)]
    [InlineData("1981-05-12", "1980-05-12", 0.5)]
    [InlineData("1979", "1980-05-12", 0.5)]
    [InlineData("1977", "1975/1979", 0.8)]
    [InlineData("1980", "1975/1979", 0.5)]
    [InlineData("1982-05-12", "1980-05-12", 0)]
    [InlineData("1962-11-30", "1980-05-12", 0)]
    public void Scores_agreement_from_exact_to_conflict(string query, string listed, double expected)
    {
        var (score, verdict) = BirthDateComparison.Compare(BirthDateSpan.Parse(query)!.Value, BirthDateSpan.Parse(listed)!.Value);
        Assert.Equal(expected, score, 3);
        Assert.False(string.IsNullOrEmpty(verdict));
    }

    [Fact]
    public void Agreement_raises_and_conflict_lowers_the_score()
    {
        Assert.True(BirthDateComparison.Adjustment(1) > 0);
        Assert.Equal(0, BirthDateComparison.Adjustment(0.5));
        Assert.True(BirthDateComparison.Adjustment(0) <= -0.2);
    }

    [Fact]
    public void Year_only_and_one_year_off_still_match_a_specific_name()
    {
        var listed = Person("Pham Minh Tuan Kiet", "1980-05-12");
        var index = IndexWith(listed);

        Assert.Equal(MatchBand.Match, index.Search(Traveller("PHAM MINH TUAN KIET", "1980")).HitFor(listed)?.Band);
        Assert.Equal(MatchBand.Match, index.Search(Traveller("PHAM MINH TUAN KIET", "1981-02-01")).HitFor(listed)?.Band);
    }

    [Fact]
    public void A_conflicting_date_lowers_the_score()
    {
        var listed = Person("Pham Minh Tuan Kiet", "1980-05-12");
        var index = IndexWith(listed);

        var agreeing = index.Search(Traveller("PHAM MINH TUAN KIET", "1980-05-12")).HitFor(listed)!;
        var silent = index.Search(Traveller("PHAM MINH TUAN KIET")).HitFor(listed)!;
        var conflicting = index.Search(Traveller("PHAM MINH TUAN KIET", "1991-01-20")).HitFor(listed);

        Assert.True(agreeing.Score >= silent.Score);
        Assert.True(conflicting is null || conflicting.Score < silent.Score);
        Assert.NotEqual(MatchBand.Match, conflicting?.Band);
    }

    [Fact]
    public void A_birth_date_alone_is_no_hit()
    {
        var listed = Person("Pham Minh Tuan Kiet", "1980-05-12");
        Assert.Empty(IndexWith(listed).Search(new ScreeningQuery { BirthDate = "1980-05-12" }));
    }

    [Fact]
    public void The_best_of_several_listed_dates_counts()
    {
        var listed = new MatchableEntry(Guid.NewGuid(), 1, EntryKind.Person)
        {
            Names = [new("Omar Farouk Saleh")],
            BirthDates = ["1970", "1974-08-02"],
        };
        var hit = IndexWith(listed).Search(Traveller("OMAR FAROUK SALEH", "1974-08-02")).HitFor(listed);

        var evidence = Assert.Single(hit!.Explanation, e => e.Feature == MatchFeature.BirthDate);
        Assert.Equal(1, evidence.Score);
    }
}
