using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

public class TokenSimilarityTests
{
    private static Term T(string text) => new(text, null);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)] // decision record 0081
    [InlineData(8, 2)]
    [InlineData(15, 2)]
    public void Typo_allowance_grows_with_token_length(int length, int edits) =>
        Assert.Equal(edits, TokenSimilarity.AllowedEdits(length));

    [Theory]
    [InlineData("tam", "tan")]
    [InlineData("le", "ly")]
    [InlineData("ho", "do")]
    public void Short_tokens_get_no_typo_allowance(string a, string b) =>
        Assert.Equal(0, TokenSimilarity.Score(T(a), T(b)));

    [Fact]
    public void One_typo_in_a_medium_token_is_partial_credit()
    {
        var score = TokenSimilarity.Score(T("nguyen"), T("nguyne"));
        Assert.InRange(score, 0.6, 0.95);
        Assert.Equal(0, TokenSimilarity.Score(T("nguyen"), T("ngyuon"))); // two edits: beyond the allowance
    }

    [Fact]
    public void Long_tokens_tolerate_two_typos() =>
        Assert.InRange(TokenSimilarity.Score(T("krasnoyarskiy"), T("krasnojarsky")), 0.6, 0.95);

    [Fact]
    public void The_same_typo_costs_less_in_a_longer_token() =>
        Assert.True(TokenSimilarity.Score(T("abdulrahman"), T("abdulrahmen")) > TokenSimilarity.Score(T("hung"), T("hang")));

    [Theory]
    [InlineData("hoang", "huynh")]
    [InlineData("vu", "vo")]
    [InlineData("mohammed", "muhammad")]
    [InlineData("mohamed", "mohammad")]
    [InlineData("yusuf", "youssef")]
    [InlineData("abdul", "abd")]
    public void Listed_equivalents_score_nearly_as_exact(string a, string b) =>
        Assert.Equal(TokenSimilarity.Equivalent, TokenSimilarity.Score(T(a), T(b)));

    [Fact]
    public void Multi_syllable_sound_alikes_score_as_such() =>
        Assert.Equal(TokenSimilarity.SoundAlike, TokenSimilarity.Score(T("rashid"), T("rasheed")));

    [Fact]
    public void Arabic_consonant_skeleton_meets_its_vocalised_form() =>
        Assert.Equal(TokenSimilarity.SoundAlike, TokenSimilarity.Score(T("mhmd"), T("mahomed")));

    [Theory]
    [InlineData("hoang", "huong")]
    [InlineData("muhammad", "mahmud")]
    public void Different_names_with_the_same_consonants_do_not_sound_alike(string a, string b) =>
        Assert.Equal(0, TokenSimilarity.Score(T(a), T(b)));

    [Fact]
    public void An_initial_matches_a_token_starting_with_it()
    {
        Assert.Equal(TokenSimilarity.Initial, TokenSimilarity.Score(T("j"), T("john")));
        Assert.Equal(0, TokenSimilarity.Score(T("j"), T("mary")));
    }
}
