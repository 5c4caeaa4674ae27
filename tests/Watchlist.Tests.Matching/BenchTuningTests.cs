using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>Behaviours added when tuning on the public lists (bench/README.md, "What the evaluation changed").</summary>
public class BenchTuningTests
{
    private static Term T(string text) => new(text, null);

    [Theory]
    [InlineData("khan", "khn")]
    [InlineData("noel", "nol")]
    [InlineData("rios", "ris")]
    public void A_four_letter_token_may_lose_a_letter(string listed, string typed)
    {
        Assert.Equal(1, TokenSimilarity.AllowedEdits(listed.Length, typed.Length));
        Assert.InRange(TokenSimilarity.Score(T(listed), T(typed)), 0.6, 0.7);
    }

    [Theory]
    [InlineData("tam", "tan")]
    [InlineData("lan", "lam")]
    public void Three_letter_tokens_of_one_length_still_get_no_typo(string a, string b)
    {
        Assert.Equal(0, TokenSimilarity.AllowedEdits(a.Length, b.Length));
        Assert.Equal(0, TokenSimilarity.Score(T(a), T(b)));
    }

    [Theory]
    [InlineData("kim", "kym")]
    [InlineData("gul", "goul")]
    [InlineData("ryu", "ryou")]
    [InlineData("pak", "paq")]
    [InlineData("wei", "vei")]
    [InlineData("phan", "fan")]
    [InlineData("phuong", "fuong")]
    [InlineData("cao", "kao")]
    [InlineData("duc", "duk")]
    [InlineData("xuan", "ksuan")]
    [InlineData("marc", "mark")]
    public void Romanisations_of_one_syllable_sound_alike(string a, string b)
    {
        Assert.Equal(PhoneticKey.SyllableOf(a), PhoneticKey.SyllableOf(b));
        Assert.Equal(TokenSimilarity.SoundAlike, TokenSimilarity.Score(T(a), T(b)));
    }

    [Theory]
    [InlineData("hung", "hang")]
    [InlineData("hung", "hong")]
    [InlineData("le", "ly")]
    [InlineData("chanh", "khanh")]
    [InlineData("chau", "cau")]
    [InlineData("thu", "tu")]
    public void Other_syllables_stay_apart(string a, string b) =>
        Assert.NotEqual(PhoneticKey.SyllableOf(a), PhoneticKey.SyllableOf(b));

    [Fact]
    public void Longer_tokens_have_no_syllable_key() => Assert.Null(PhoneticKey.SyllableOf("muhammad"));

    [Theory]
    [InlineData("MANCO OIL COMPAYN", new[] { "manco", "oil" })]
    [InlineData("DURAND PROPERTIES LIITED", new[] { "durand", "properties" })]
    [InlineData("INVERSIONES HERREBE LDTA.", new[] { "inversiones", "herrebe" })]
    [InlineData("Lida Nguyen", new[] { "lida", "nguyen" })]
    [InlineData("Ltda Lida", new[] { "ltda", "lida" })]
    public void Misspelt_legal_forms_are_dropped_where_they_stand_at_the_end(string name, string[] expected) =>
        Assert.Equal(expected, PreparedName.Fold(name));

    [Fact]
    public void Two_different_middle_names_cost_more_than_a_missing_one()
    {
        var listed = Person("Trần Trường Minh Khôi");
        var index = IndexWith(listed);

        var missing = index.Search(Traveller("TRAN MINH KHOI")).HitFor(listed)?.Score ?? 0;
        var different = index.Search(Traveller("TRAN QUOC MINH KHOI")).HitFor(listed)?.Score ?? 0;

        Assert.True(missing > different, $"missing {missing}, different {different}");
    }

    [Fact]
    public void A_clear_birth_date_conflict_costs_a_near_name_its_doubt_but_leaves_a_namesake_to_review()
    {
        var listed = Person("Lê Đình Khánh Hùng", "1975-03-02");
        var index = IndexWith(listed);

        Assert.Equal(MatchBand.Review, index.Search(Traveller("LE DINH KHANH HUNG", "1991-01-08")).HitFor(listed)?.Band);
        var agreeing = index.Search(Traveller("LE DINH KHANG HUNG", "1975-03-02")).HitFor(listed)!;
        var name = agreeing.Explanation.First(e => e.Feature == MatchFeature.Name).Score;
        var conflicting = index.Search(Traveller("LE DINH KHANG HUNG", "1991-01-08")).HitFor(listed)?.Score ?? 0;
        Assert.True(name < 1);
        Assert.True(conflicting <= Math.Max(0, name - 0.2 - (1 - name)) + 1e-3, $"name {name}, conflicting {conflicting}");
    }
}
