using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class DocumentTests
{
    private static ScreeningQuery Presenting(string number, string? country, string? name = null) => new()
    {
        Names = name is null ? [] : [name],
        Documents = [new IdentityDocument("PASSPORT", number, country)],
    };

    [Fact]
    public void The_same_number_and_country_match_without_any_name()
    {
        var passport = Document("PASSPORT", "C1234567", "VN");
        var hit = IndexWith(passport).Search(Presenting("C1234567", "VN")).HitFor(passport);

        Assert.NotNull(hit);
        Assert.Equal(MatchBand.Match, hit.Band);
        Assert.Equal(1, hit.Score);
        Assert.Equal(EntryKind.TravelDocument, hit.Kind);
    }

    [Fact]
    public void The_same_number_decides_even_when_the_name_differs()
    {
        var passport = Document("PASSPORT", "C1234567", "VN", holder: "Le Thi Mai");
        var hit = IndexWith(passport).Search(Presenting("C1234567", "VN", "John Smith")).HitFor(passport);

        Assert.Equal(MatchBand.Match, hit?.Band);
    }

    [Theory]
    [InlineData("VNM")]
    [InlineData("vn")]
    public void Countries_may_be_alpha3_or_any_case(string country)
    {
        var passport = Document("PASSPORT", "C1234567", "VN");
        Assert.Equal(1, IndexWith(passport).Search(Presenting("C1234567", country)).HitFor(passport)?.Score);
    }

    [Fact]
    public void Spacing_and_punctuation_in_numbers_are_ignored()
    {
        var card = Document("NATIONAL_ID", "079-185-001 234", "VN");
        Assert.Equal(MatchBand.Match, IndexWith(card).Search(Presenting("079185001234", "VNM")).HitFor(card)?.Band);
    }

    [Theory]
    [InlineData("CI234567")] // 1 read as I
    [InlineData("C12345G7")] // not an OCR confusion: no hit
    public void OCR_confusable_characters_are_tolerated_at_a_lower_score(string read)
    {
        var passport = Document("PASSPORT", "C1234567", "VN");
        var hit = IndexWith(passport).Search(Presenting(read, "VN")).HitFor(passport);

        if (read == "CI234567")
        {
            Assert.NotNull(hit);
            Assert.Equal(MatchBand.Review, hit.Band);
        }
        else
        {
            Assert.Null(hit);
        }
    }

    [Theory]
    [InlineData("O1I5S8B2Z", "011558822")]
    [InlineData("L", "1")]
    public void OCR_fold_maps_each_confusable_group_to_one_character(string number, string folded) =>
        Assert.Equal(folded, DocumentNumber.OcrFold(number));

    [Fact]
    public void One_adjacent_transposition_is_tolerated()
    {
        var passport = Document("PASSPORT", "N8765432", "KH");
        var hit = IndexWith(passport).Search(Presenting("N8765342", "KH")).HitFor(passport);

        Assert.Equal(MatchBand.Review, hit?.Band);
    }

    [Fact]
    public void A_fuzzy_read_plus_a_matching_name_is_a_match()
    {
        var passport = Document("PASSPORT", "N8765432", "KH", holder: "Sok Vanna Chenda");
        var hit = IndexWith(passport).Search(Presenting("N8765342", "KHM", "SOK VANNA CHENDA")).HitFor(passport);

        Assert.Equal(MatchBand.Match, hit?.Band);
    }

    [Fact]
    public void A_different_issuing_country_lowers_the_score()
    {
        var passport = Document("PASSPORT", "C1234567", "VN");
        var hit = IndexWith(passport).Search(Presenting("C1234567", "TH")).HitFor(passport);

        Assert.NotNull(hit);
        Assert.Equal(MatchBand.Review, hit.Band);
    }

    [Fact]
    public void A_different_number_is_no_hit()
    {
        var passport = Document("PASSPORT", "C1234567", "VN");
        Assert.Empty(IndexWith(passport).Search(Presenting("C7654321", "VN")));
    }

    [Fact]
    public void Short_numbers_get_no_fuzzy_reading()
    {
        var permit = Document("PERMIT", "A1B2", "VN");
        var index = IndexWith(permit);

        Assert.Equal(1, index.Search(Presenting("A1B2", "VN")).HitFor(permit)?.Score);
        Assert.Null(index.Search(Presenting("AIB2", "VN")).HitFor(permit));
    }
}
