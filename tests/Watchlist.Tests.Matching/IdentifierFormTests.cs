using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>The written forms of one identifier that must meet, and the near ones that must not.</summary>
public class IdentifierFormTests
{
    private static ScreeningQuery Contact(IdentifierType type, string value, string? nationality = null, string? platform = null) =>
        new() { Identifiers = [new Identifier(type, value, platform)], Nationality = nationality };

    private static double? Score(MatchableEntry listed, ScreeningQuery query) => IndexWith(listed).Search(query).HitFor(listed)?.Score;

    [Theory]
    [InlineData("84912345678", null)]
    [InlineData("84 912 345 678", "FR")]
    [InlineData("(+84) 912-345-678", "US")]
    [InlineData("0084 912 345 678", "DE")]
    public void A_phone_with_its_country_code_but_no_plus_is_read_internationally(string value, string? nationality) =>
        Assert.Equal(1, Score(Online(IdentifierType.Phone, "+84912345678"), Contact(IdentifierType.Phone, value, nationality)));

    [Fact]
    public void A_number_valid_in_the_region_is_read_there_first() =>
        Assert.Equal("+84912345678", PhoneNumberForm.Normalise("0912345678", "VN").E164);

    [Fact]
    public void Another_subscriber_in_bare_country_code_form_is_no_hit() =>
        Assert.Null(Score(Online(IdentifierType.Phone, "+84912345678"), Contact(IdentifierType.Phone, "84912345679")));

    [Theory]
    [InlineData("viecnhe.luongcao@gmail.com", "viecnheluongcao@gmail.com")]
    [InlineData("ViecNhe.LuongCao@gmail.com", "viecnheluongcao@gmail.com")]
    [InlineData("v.i.e.c.nhe.luongcao+japan@gmail.com", "viecnheluongcao@gmail.com")]
    [InlineData("viecnhe.luongcao@googlemail.com", "viecnheluongcao@gmail.com")]
    public void Gmail_ignores_dots_tags_and_googlemail(string written, string canonical) =>
        Assert.Equal(canonical, EmailAddress.Canonical(written));

    [Theory]
    [InlineData("viecnhe.luongcao@yahoo.com", "viecnheluongcao@yahoo.com")]
    [InlineData("viecnhe.luongcao@yahoo.com", "viecnhe.luongcao+x@yahoo.com")]
    [InlineData("viecnhe.luongcao@gmail.com", "viecnhe.luongcao@yahoo.com")]
    public void Other_providers_keep_dots_and_plus_signs(string listed, string asked) =>
        Assert.Null(Score(Online(IdentifierType.Email, listed), Contact(IdentifierType.Email, asked)));

    [Fact]
    public void A_gmail_address_with_dots_and_a_tag_is_a_match() =>
        Assert.Equal(1, Score(Online(IdentifierType.Email, "viecnhe.luongcao@gmail.com"),
            Contact(IdentifierType.Email, "ViecNheLuongCao+tuyendung@googlemail.com")));

    [Theory]
    [InlineData("https://www.xuatkhau-laodong.com.vn/tuyen-dung?id=5#top")]
    [InlineData("http://shop.xuatkhau-laodong.com.vn:8080/")]
    [InlineData("XUATKHAU-LAODONG.COM.VN")]
    public void Websites_meet_by_registrable_domain(string asked) =>
        Assert.Equal(1, Score(Online(IdentifierType.Website, "xuatkhau-laodong.com.vn"), Contact(IdentifierType.Website, asked)));

    [Theory]
    [InlineData("example.co.uk", "other.co.uk")]
    [InlineData("example.com.vn", "example.com")]
    [InlineData("alice.blogspot.com", "bob.blogspot.com")]
    public void Sites_under_one_public_suffix_are_different(string listed, string asked) =>
        Assert.Null(Score(Online(IdentifierType.Website, listed), Contact(IdentifierType.Website, asked)));

    [Theory]
    [InlineData("www.shop.example.co.uk", "example.co.uk")]
    [InlineData("a.b.example.com", "example.com")]
    [InlineData("alice.blogspot.com", "alice.blogspot.com")]
    [InlineData("example.com", "example.com")]
    public void Registrable_domain_follows_the_public_suffix_list(string host, string registrable) =>
        Assert.Equal(registrable, PublicSuffixes.RegistrableDomain(host));

    [Theory]
    [InlineData("facebook.com/100012345678901")]
    [InlineData("https://m.facebook.com/profile.php?id=100012345678901&ref=content_filter")]
    [InlineData("https://www.facebook.com/people/Viec-Nhe/100012345678901/")]
    public void Facebook_numeric_profiles_meet_in_any_link_form(string asked) =>
        Assert.Equal(1, Score(Online(IdentifierType.SocialHandle, "https://www.facebook.com/profile.php?id=100012345678901"),
            Contact(IdentifierType.SocialHandle, asked)));

    [Fact]
    public void A_facebook_page_given_as_a_website_is_the_page_not_facebook() =>
        Assert.Null(Score(Online(IdentifierType.Website, "https://www.facebook.com/viec.nhe.luong.cao"),
            Contact(IdentifierType.Website, "https://www.facebook.com/another.page")));

    [Theory]
    [InlineData("https://t.me/viecnhe_luongcao", null)]
    [InlineData("tg://resolve?domain=viecnhe_luongcao", null)]
    [InlineData("https://t.me/s/viecnhe_luongcao", null)]
    [InlineData("@ViecNhe_LuongCao", "Telegram")]
    public void Telegram_links_and_handles_meet(string asked, string? platform) =>
        Assert.Equal(1, Score(Online(IdentifierType.SocialHandle, "@viecnhe_luongcao", "telegram"),
            Contact(IdentifierType.SocialHandle, asked, platform: platform)));

    [Theory]
    [InlineData(IdentifierType.SocialHandle, "https://wa.me/84912345678")]
    [InlineData(IdentifierType.SocialHandle, "https://api.whatsapp.com/send?phone=84912345678")]
    [InlineData(IdentifierType.SocialHandle, "https://zalo.me/0912345678")]
    [InlineData(IdentifierType.Phone, "+84 912 345 678")]
    public void WhatsApp_and_Zalo_links_are_phone_numbers(IdentifierType type, string asked) =>
        Assert.Equal(1, Score(Online(IdentifierType.SocialHandle, "0912345678", "zalo"), Contact(type, asked)));
}
