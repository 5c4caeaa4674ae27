using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>Names in Hangul are read syllable by syllable (decision record 0126): each fails when Hangul folds into one word.</summary>
public class HangulTests
{
    private static readonly ScreeningOptions Screening = new();

    private static ScreeningHit? HitOf(MatchableEntry listed, string asked) =>
        IndexWith(listed, Person("John Smith")).Search(Traveller(asked), Screening).HitFor(listed);

    [Theory]
    [InlineData("김정은", new[] { "gim", "jeong", "eun" })]
    [InlineData("김영철", new[] { "gim", "yeong", "cheol" })]
    [InlineData("리 영호", new[] { "li", "yeong", "ho" })] // AnyAscii writes an initial ㄹ as l; r / l are one in Korean names
    public void Each_hangul_syllable_is_a_term(string name, string[] expected) => Assert.Equal(expected, NameFolder.Tokens(name));

    [Theory]
    [InlineData("Kim Jong Un", "김정은")]
    [InlineData("KIM Yong Chol", "김영철")]
    [InlineData("Cho'ng-man KIM", "김정만")]
    [InlineData("RI Yong Ho", "리영호")]
    public void A_name_in_hangul_meets_its_romanisations(string listed, string asked)
    {
        var hit = HitOf(Person(listed), asked);
        Assert.NotNull(hit);
        Assert.True(hit.Score >= 0.65, $"{listed} / {asked}: {hit.Score}");
    }

    [Theory]
    [InlineData("Kim Jong Il", "김정은")]
    [InlineData("KIM Yong Su", "김영철")]
    [InlineData("Sang Jun JI", "강 지준")] // 강 gang is not a typo of Sang: another syllable, another surname
    public void Another_syllable_in_hangul_is_another_name(string listed, string asked)
    {
        var hit = HitOf(Person(listed), asked);
        Assert.True(hit is null || hit.Score < 0.65, $"{listed} / {asked}: {hit?.Score}");
    }

    [Fact]
    public void Two_hangul_names_one_syllable_apart_stay_apart_when_compared_syllable_by_syllable()
    {
        var hit = HitOf(Person("김정은"), "김정일");
        Assert.True(hit is null || hit.Score < 0.65, $"{hit?.Score}");
        Assert.True(HitOf(Person("김정은"), "김정은")?.Score >= 0.85);
    }
}
