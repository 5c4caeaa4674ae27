using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>"ou" beside a vowel read as w, as a second sound key (decision record 0125): each fails without the rule.</summary>
public class WrittenWTests
{
    [Theory]
    [InlineData("barnaoui", "barnawi")]
    [InlineData("sahraoui", "sahrawi")]
    [InlineData("qaouk", "kawouk")]
    [InlineData("fouaz", "fawaz")]
    [InlineData("ouattara", "wattara")]
    public void French_ou_for_waw_meets_the_w_spelling(string french, string english)
    {
        Assert.NotEqual(PhoneticKey.Of(french), PhoneticKey.Of(english));
        Assert.Equal(PhoneticKey.Of(english), PhoneticKey.OfWrittenW(french));
    }

    [Theory]
    [InlineData("barnaoui", "barnawi")]
    [InlineData("sahraoui", "sahrawi")]
    [InlineData("kawouk", "qaouk")]
    public void The_two_spellings_pair_as_sounding_alike(string a, string b) =>
        Assert.Equal(TokenSimilarity.SoundAlike, TokenSimilarity.Score(new Term(a, null), new Term(b, null)));

    [Theory]
    [InlineData("fouad", "fuad")] // فؤاد: u before a hamza
    [InlineData("raouf", "rauf")]
    [InlineData("mouin", "muin")]
    public void The_plain_reading_stays_for_ou_before_a_hamza_or_an_ayn(string french, string english) =>
        Assert.Equal(PhoneticKey.Of(english), PhoneticKey.Of(french));

    [Theory]
    [InlineData("youssef")]
    [InlineData("mahmoud")]
    [InlineData("nguyen")]
    public void An_ou_that_is_only_a_vowel_gives_no_second_key(string token) => Assert.Null(PhoneticKey.OfWrittenW(token));

    [Theory]
    [InlineData("Nabil QAOUK", "Nabil KAWOUK")]
    [InlineData("Nabil QAWUQ", "Nabil QAOUK")]
    public void A_name_written_with_ou_for_w_is_found(string listed, string asked)
    {
        var entry = Person(listed);
        var hit = IndexWith(entry, Person("John Smith")).Search(Traveller(asked), new ScreeningOptions()).HitFor(entry);
        Assert.NotNull(hit);
        Assert.True(hit.Score >= 0.65, $"{listed} / {asked}: {hit.Score}");
    }
}
