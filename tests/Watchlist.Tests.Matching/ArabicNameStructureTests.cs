using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>Abd al- compounds in romanised Arabic names (decision record 0128; 0127, the article costing nothing, not kept).</summary>
public class ArabicNameStructureTests
{
    private static double ScoreOf(MatchableEntry listed, string asked) =>
        ScoreAmong(listed, Traveller(asked), Person("John Smith"), Person("Ali Hassan AL-RAHMAN"));

    [Theory]
    [InlineData("abd", "al", "aziz", "abdoulaziz")]
    [InlineData("abd", "al", "rahman", "abdulrahman")]
    [InlineData("bashir", "ud", "din", "bashiruddin")]
    [InlineData("zia", "ur", "rahman", "ziaurrahman")]
    public void Abd_al_and_a_name_spell_one_word(string first, string article, string second, string whole) =>
        Assert.True(ArabicCompounds.Joined(Term(first), Term(article), Term(second), Term(whole)) >= 0.8);

    [Theory]
    [InlineData("abd", "al", "aziz", "abdulkarim")]
    [InlineData("abd", "al", "rahman", "abdulrahim")]
    public void Abd_al_and_another_name_do_not(string first, string article, string second, string whole) =>
        Assert.Equal(0, ArabicCompounds.Joined(Term(first), Term(article), Term(second), Term(whole)));

    [Fact]
    public void A_name_with_Abd_al_written_apart_meets_it_written_as_one() =>
        Assert.True(ScoreOf(Person("Ata Abd Al-Aziz RASHID"), "Ata Abdoulaziz RASHID") >= 0.85);

    private static Term Term(string text) => new(text, null);
}
