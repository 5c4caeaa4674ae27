using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>
/// One name in two romanisations of Arabic (decision record 0138), and "X al-Y" in Arabic script against one romanised word
/// (decision record 0139).
/// </summary>
public class ArabicRomanisationTests
{
    private static double ScoreOf(MatchableEntry listed, string asked) =>
        ScoreAmong(listed, Traveller(asked), Person("John Smith"), Person("Ali Hassan AL-RAHMAN"));

    [Theory]
    [InlineData("kazim", "kadhim")] // ظ written z or dh
    [InlineData("ghazi", "gazy")] // غ written gh or g
    [InlineData("qasir", "ghassir")] // ق written q, g or gh; a doubled letter once
    [InlineData("dafeer", "zafir")] // ee / i, d / z
    [InlineData("allouch", "allush")] // French ch and ou
    [InlineData("awlaki", "aulaqi")] // w / u, k / q
    public void Two_romanisations_of_one_arabic_name_sound_alike(string a, string b) =>
        Assert.Equal(TokenSimilarity.SoundAlike, TokenSimilarity.ArabicRomanisation(Term(a), Term(b)));

    [Theory]
    [InlineData("qasim", "kassem")] // the vowel left is a typo: kasim / kasem
    [InlineData("obeidi", "ubaydi")] // ei / ay one diphthong, then o / u
    public void One_letter_left_after_the_alternations_is_a_typo(string a, string b)
    {
        var similarity = TokenSimilarity.ArabicRomanisation(Term(a), Term(b));
        Assert.InRange(similarity, 0.65, TokenSimilarity.SoundAlike - 0.01);
    }

    [Theory]
    [InlineData("moreno", "mariana")] // vowels still count: one sound key, two names
    [InlineData("hasan", "husayn")]
    [InlineData("mahmud", "muhammad")]
    [InlineData("hung", "hong")] // single syllables (Vietnamese, Chinese) are left to their own rules
    public void Different_names_stay_apart(string a, string b) =>
        Assert.Equal(0, TokenSimilarity.ArabicRomanisation(Term(a), Term(b)));

    [Fact]
    public void A_name_in_another_romanisation_is_worth_a_review() =>
        Assert.True(ScoreOf(Person("Makki Kazim 'ABD AL-HAMID AL-ASADI"), "Makki Kadhim ABDUL HAMEED AL ASADI") >= 0.65);

    [Fact]
    public void Organisations_are_left_to_their_own_rules() =>
        Assert.True(ScoreOf(Organisation("Kazim Trading LLC"), "Kadhim Trading LLC")
            < ScoreOf(Person("Kazim Tradingson"), "Kadhim Tradingson"));

    [Theory]
    [InlineData("SHAHABUDDIN DELAWAR", "شهاب الدين دلاور")] // ud-Din: the article's l assimilated
    [InlineData("ABDULHAI MOTMAEN", "عبدالحی مطمئن")] // Abdul-: the l written
    public void Two_parts_around_an_article_in_arabic_script_meet_one_romanised_word(string romanised, string arabic)
    {
        var asked = ScoreOf(Person(arabic), romanised);
        Assert.True(asked >= 0.65, $"{romanised} asked, {arabic} listed: {asked}");
        var listed = ScoreOf(Person(romanised), arabic);
        Assert.True(listed >= 0.65, $"{arabic} asked, {romanised} listed: {listed}");
    }

    [Fact]
    public void Parts_around_an_article_do_not_meet_another_word()
    {
        var keys = AbjadKey.AroundArticleOf([Term("shhab"), Term("al"), Term("dyn")])!;
        Assert.Equal("shbdn", keys[0]);
        Assert.Equal(0, AbjadKey.Similarity(keys[0], AbjadKey.Of("shamsuddin")));
        Assert.Equal(0, AbjadKey.Similarity(keys[1], AbjadKey.Of("shamsuddin")));
    }

    private static Term Term(string text) => new(text, null);
}
