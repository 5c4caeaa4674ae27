using System.Text;
using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class VietnameseNameTests
{
    private static readonly MatchableEntry Hung = Person("Nguyễn Văn Hùng", "1980-05-12", Gender.Male, "VN");
    private static readonly MatchableEntry Dao = Person("Đặng Thị Đào", "1985-03-08", Gender.Female, "VN");
    private static readonly MatchableEntry Nam = Person("Huỳnh Văn Nam", "1979", Gender.Male, "VN");
    private static readonly MatchableEntry Sau = Person("Võ Thị Sáu", "1990", Gender.Female, "VN");
    private static readonly ScreeningIndex Index = IndexWith(Hung, Dao, Nam, Sau);

    [Theory]
    [InlineData("NGUYEN VAN HUNG")]
    [InlineData("nguyen van hung")]
    [InlineData("Nguyễn Văn Hùng")]
    public void Diacritics_and_case_do_not_matter(string name)
    {
        var hit = Index.Search(Traveller(name)).HitFor(Hung);

        Assert.NotNull(hit);
        Assert.Equal(MatchBand.Match, hit.Band);
        Assert.Equal("Nguyễn Văn Hùng", hit.MatchedName);
    }

    [Fact]
    public void Decomposed_listing_meets_capitals()
    {
        var decomposed = Person("Nguyễn Văn Hùng".Normalize(NormalizationForm.FormD));
        var index = IndexWith(decomposed);

        Assert.Equal(MatchBand.Match, index.Search(Traveller("NGUYEN VAN HUNG")).HitFor(decomposed)?.Band);
    }

    [Theory]
    [InlineData("HUNG NGUYEN VAN")]
    [InlineData("Hung Van Nguyen")]
    [InlineData("NGUYEN, Van Hung")]
    public void Name_order_does_not_matter(string name) =>
        Assert.Equal(MatchBand.Match, Index.Search(Traveller(name)).HitFor(Hung)?.Band);

    [Fact]
    public void Machine_readable_zone_form_matches() =>
        Assert.Equal(MatchBand.Match, Index.Search(Traveller("NGUYEN<<VAN<HUNG")).HitFor(Hung)?.Band);

    [Theory]
    [InlineData("FAM DUC CUONG", "Phạm Đức Cường")]
    [InlineData("PHAM DUC KUONG", "Phạm Đức Cường")]
    [InlineData("KAO THI PHUONG", "Cao Thị Phương")]
    [InlineData("CAO THI FUONG", "Cao Thị Phương")]
    [InlineData("CAO FU QUY", "Cao Phú Quý")]
    public void Foreign_spellings_of_one_sound_are_found(string name, string listed)
    {
        var entry = Person(listed, "1977-10-02", nationality: "VN");
        var index = IndexWith(entry, Person("Phạm Đức Chương", "1977-10-02", nationality: "VN"));

        var hit = index.Search(Traveller(name, "1977-10-02", nationality: "VN")).FirstOrDefault();

        Assert.NotNull(hit);
        Assert.Equal(listed, hit.MatchedName);
    }

    [Theory]
    [InlineData("HOANG VAN NAM", "Huỳnh Văn Nam")]
    [InlineData("VU THI SAU", "Võ Thị Sáu")]
    public void Regional_spellings_match(string name, string listed)
    {
        var hit = Index.Search(Traveller(name)).FirstOrDefault();

        Assert.NotNull(hit);
        Assert.Equal(listed, hit.MatchedName);
        Assert.Equal(MatchBand.Match, hit.Band);
        Assert.True(hit.Score < 1, "a regional variant is not an exact spelling");
    }

    [Fact]
    public void D_with_stroke_matches_plain_d()
    {
        var hit = Index.Search(Traveller("DANG THI DAO", "1985-03-08")).HitFor(Dao);

        Assert.NotNull(hit);
        Assert.Equal(MatchBand.Match, hit.Band);
        Assert.Equal(1, hit.Score);
    }

    [Fact]
    public void Joined_given_names_match() =>
        Assert.Equal(MatchBand.Match, Index.Search(Traveller("NGUYEN VANHUNG")).HitFor(Hung)?.Band);

    [Fact]
    public void Namesake_with_conflicting_birth_date_is_not_a_match()
    {
        var hit = Index.Search(Traveller("NGUYEN VAN HUNG", "1962-11-30", Gender.Male, "VN")).HitFor(Hung);

        Assert.True(hit is null || hit.Band == MatchBand.Review, $"got {hit?.Band} {hit?.Score}");
    }

    [Fact]
    public void Of_two_namesakes_the_one_with_the_right_birth_date_ranks_first()
    {
        var other = Person("Nguyễn Văn Hùng", "1962-11-30", Gender.Male, "VN");
        var index = IndexWith(Hung, other);

        var hits = index.Search(Traveller("NGUYEN VAN HUNG", "1980-05-12"));

        Assert.Equal(Hung.Id, hits[0].EntryId);
        Assert.Equal(MatchBand.Match, hits[0].Band);
        Assert.NotEqual(MatchBand.Match, hits.HitFor(other)?.Band);
    }

    [Fact]
    public void A_different_given_name_with_the_same_surname_does_not_hit()
    {
        var hits = Index.Search(Traveller("Nguyen Thi Lan"));

        Assert.Null(hits.HitFor(Hung));
    }

    [Theory]
    [InlineData("Nguyen Thi Hang")] // Hằng, not Hùng: one letter in a short syllable is another name
    [InlineData("Nguyen Van Huong")]
    public void A_similar_short_given_name_is_not_a_match(string name) =>
        Assert.NotEqual(MatchBand.Match, Index.Search(Traveller(name)).HitFor(Hung)?.Band);

    [Fact]
    public void Missing_common_middle_name_still_hits()
    {
        var hit = Index.Search(Traveller("NGUYEN HUNG", "1980-05-12")).HitFor(Hung);

        Assert.Equal(MatchBand.Match, hit?.Band);
    }
}
