using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class IdentifierTests
{
    private static ScreeningQuery Contact(
        IdentifierType type, string value, string? nationality = null, string? region = null, string? platform = null) =>
        new() { Identifiers = [new Identifier(type, value, platform)], Nationality = nationality, DefaultRegion = region };

    [Theory]
    [InlineData("0901 234 567", "VN", null)]
    [InlineData("0901234567", null, "VN")]
    [InlineData("0901-234-567", "VNM", null)]
    [InlineData("+84 90 123 4567", null, null)]
    [InlineData("0084901234567", null, null)]
    public void Phone_numbers_meet_in_E164(string value, string? nationality, string? region)
    {
        var recruiter = Online(IdentifierType.Phone, "+84901234567");
        var hit = IndexWith(recruiter).Search(Contact(IdentifierType.Phone, value, nationality, region)).HitFor(recruiter);

        Assert.NotNull(hit);
        Assert.Equal(MatchBand.Match, hit.Band);
        Assert.Equal(1, hit.Score);
        Assert.Contains("+84901234567", hit.Explanation.Single(e => e.Feature == MatchFeature.Identifier).Detail);
    }

    [Fact]
    public void National_form_is_normalised_to_E164() =>
        Assert.Equal("+84901234567", PhoneNumberForm.Normalise("0901 234 567", "VN").E164);

    [Fact]
    public void A_listed_number_in_national_form_is_read_in_the_entry_country()
    {
        var recruiter = Online(IdentifierType.Phone, "0901 234 567", nationality: "VN");
        Assert.Equal(1, IndexWith(recruiter).Search(Contact(IdentifierType.Phone, "+84901234567")).HitFor(recruiter)?.Score);
    }

    [Fact]
    public void Without_any_country_the_national_number_is_only_worth_a_review()
    {
        var recruiter = Online(IdentifierType.Phone, "+84901234567");
        var hit = IndexWith(recruiter).Search(Contact(IdentifierType.Phone, "0901 234 567")).HitFor(recruiter);

        Assert.Equal(MatchBand.Review, hit?.Band);
    }

    [Fact]
    public void A_different_phone_is_no_hit()
    {
        var recruiter = Online(IdentifierType.Phone, "+84901234567");
        Assert.Empty(IndexWith(recruiter).Search(Contact(IdentifierType.Phone, "+84901234568")));
    }

    [Fact]
    public void Email_is_compared_without_case()
    {
        var recruiter = Online(IdentifierType.Email, "ViecNhe.LuongCao@Gmail.com");
        Assert.Equal(1, IndexWith(recruiter).Search(Contact(IdentifierType.Email, " viecnhe.luongcao@GMAIL.COM")).HitFor(recruiter)?.Score);
    }

    [Theory]
    [InlineData("https://facebook.com/viec.nhe.luong.cao", null)]
    [InlineData("https://www.facebook.com/Viec.Nhe.Luong.Cao/", null)]
    [InlineData("m.facebook.com/viec.nhe.luong.cao?ref=share", null)]
    [InlineData("@viec.nhe.luong.cao", "Facebook")]
    [InlineData("viec.nhe.luong.cao", "fb")]
    public void Social_handles_match_as_handle_or_profile_url(string value, string? platform)
    {
        var page = Online(IdentifierType.SocialHandle, "@Viec.Nhe.Luong.Cao", "facebook");
        var hit = IndexWith(page).Search(Contact(IdentifierType.SocialHandle, value, platform: platform)).HitFor(page);

        Assert.Equal(1, hit?.Score);
    }

    [Fact]
    public void The_same_handle_on_another_platform_is_only_a_review()
    {
        var page = Online(IdentifierType.SocialHandle, "@viec.nhe.luong.cao", "facebook");
        var hit = IndexWith(page).Search(Contact(IdentifierType.SocialHandle, "https://t.me/viec.nhe.luong.cao")).HitFor(page);

        Assert.Equal(MatchBand.Review, hit?.Band);
    }

    [Fact]
    public void A_handle_without_platform_still_matches()
    {
        var page = Online(IdentifierType.SocialHandle, "@viec.nhe.luong.cao", "facebook");
        var hit = IndexWith(page).Search(Contact(IdentifierType.SocialHandle, "@VIEC.NHE.LUONG.CAO")).HitFor(page);

        Assert.Equal(MatchBand.Match, hit?.Band);
        Assert.True(hit!.Score < 1);
    }

    [Fact]
    public void Websites_ignore_scheme_and_www()
    {
        var site = Online(IdentifierType.Website, "https://www.ViecLamNhatBan-Uytin.com/");
        Assert.Equal(1, IndexWith(site).Search(Contact(IdentifierType.Website, "vieclamnhatban-uytin.com")).HitFor(site)?.Score);
    }

    [Fact]
    public void An_identifier_type_only_meets_its_own_type()
    {
        var site = Online(IdentifierType.Email, "abc@example.com");
        Assert.Empty(IndexWith(site).Search(Contact(IdentifierType.SocialHandle, "abc@example.com")));
    }
}
