using Watchlist.WatchlistService.Content.Extraction;

namespace Watchlist.Tests.Unit.Content;

/// <summary>What a recruitment post names, the way brokers write it (API.md, "Content screening").</summary>
public sealed class PostExtractorTests
{
    [Theory]
    [InlineData("LH 0912.345.678 (Zalo)", "+84912345678")]
    [InlineData("gọi 0912 345 678 nhé", "+84912345678")]
    [InlineData("SĐT:0912-345-678", "+84912345678")]
    [InlineData("call +84 912 345 678 now", "+84912345678")]
    [InlineData("(+84) 912.345.678", "+84912345678")]
    [InlineData("0️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "+84912345678")]
    [InlineData("09\u200B12 345 678", "+84912345678")]
    [InlineData("Hotline Campuchia +855 96 234 5678", "+855962345678")]
    public void Finds_phones_however_they_are_written(string text, string e164) =>
        Assert.Equal([e164], PostExtractor.Extract(text, "VN").Phones);

    [Fact]
    public void Two_numbers_with_only_a_space_between_them_are_two_numbers() =>
        Assert.Equal(["+84967880570", "+84857713805"], PostExtractor.Extract("Zalo/SĐT: 0967 880 570 0857713805 (zalo)", "VN").Phones);

    [Fact]
    public void A_mention_ending_in_digits_does_not_lend_them_to_the_next_number()
    {
        var items = PostExtractor.Extract("Telegram @dai_quoc_kim570 08 13 67 73 04 (zalo)", "VN");
        Assert.Equal(["+84813677304"], items.Phones);
        Assert.Equal([new ExtractedHandle("telegram", "dai_quoc_kim570")], items.Handles);
    }

    [Fact]
    public void A_post_that_is_a_directory_of_numbers_is_read_up_to_its_first_500()
    {
        var numbers = Enumerable.Range(0, 600).Select(i => $"09{i:D8}").ToList();
        var phones = PostExtractor.Extract(string.Join(", ", numbers), "VN").Phones;
        Assert.Equal(500, phones.Count);
        Assert.Equal(numbers.Take(500).Select(n => "+84" + n[1..]), phones);
    }

    [Theory]
    [InlineData("Lương 15.000.000đ/tháng, 25-35 triệu")]
    [InlineData("ngày 01/12/2026, mã 2026-12-01, phòng 1203")]
    [InlineData("fb.com/profile.php?id=100087654321012")]
    [InlineData("https://facebook.com/groups/vieclam/posts/0912345678")]
    public void Salaries_dates_and_the_digits_of_links_are_not_phones(string text) =>
        Assert.Empty(PostExtractor.Extract(text, "VN").Phones);

    [Fact]
    public void A_national_number_needs_a_region_an_international_one_does_not()
    {
        Assert.Empty(PostExtractor.Extract("LH 0912 345 678", region: null).Phones);
        Assert.Equal(["+84912345678"], PostExtractor.Extract("LH +84 912 345 678", region: null).Phones);
        Assert.Equal(["+66812345678"], PostExtractor.Extract("โทร 081 234 5678", "TH").Phones);
    }

    [Theory]
    [InlineData("vi", "KH-A01", "VN-MPS", "VN")]
    [InlineData("km-KH", null, "VN-MPS", "KH")]
    [InlineData(null, "KH-A01", "VN-MPS", "KH")]
    [InlineData("en", null, "VN-MPS", "VN")]
    [InlineData("", "", "TH-RTP", "TH")]
    [InlineData(null, null, null, null)]
    public void The_region_comes_from_the_language_then_the_unit_then_the_agency(
        string? language, string? unit, string? agency, string? region) =>
        Assert.Equal(region, PhoneRegion.Of(language, unit, agency));

    [Fact]
    public void Finds_emails_lower_cased_and_not_their_domain_as_a_website()
    {
        var items = PostExtractor.Extract("Email: TuyenDung.HungThinh@Gmail.com, hr@xkld-hungthinh.com.vn.", "VN");
        Assert.Equal(["tuyendung.hungthinh@gmail.com", "hr@xkld-hungthinh.com.vn"], items.Emails);
        Assert.Empty(items.Websites);
        Assert.Empty(items.Handles);
    }

    [Theory]
    [InlineData("fb.com/viec.nhe.luong.cao.", "facebook", "viec.nhe.luong.cao")]
    [InlineData("https://www.facebook.com/Viec.Nhe.Luong.Cao/", "facebook", "viec.nhe.luong.cao")]
    [InlineData("https://m.facebook.com/profile.php?id=100087654321012&ref=x", "facebook", "100087654321012")]
    [InlineData("Tele: t.me/viecnhe_luongcao", "telegram", "viecnhe_luongcao")]
    [InlineData("zalo.me/0933123456", "zalo", "0933123456")]
    [InlineData("wa.me/855962345678", "whatsapp", "855962345678")]
    [InlineData("https://api.whatsapp.com/send?phone=855962345678&text=hi", "whatsapp", "855962345678")]
    [InlineData("tiktok.com/@xkld.dailoan", "tiktok", "xkld.dailoan")]
    [InlineData("Telegram @ViecNhe_LuongCao", "telegram", "viecnhe_luongcao")]
    [InlineData("IG: @xkld.nhat", "instagram", "xkld.nhat")]
    public void Finds_handles_in_links_and_mentions(string text, string platform, string value) =>
        Assert.Equal([new ExtractedHandle(platform, value)], PostExtractor.Extract(text, "VN").Handles);

    [Fact]
    public void Zalo_and_WhatsApp_links_name_a_phone_too()
    {
        var items = PostExtractor.Extract("zalo.me/0933123456 hoặc wa.me/855962345678", "VN");
        Assert.Equal(["+84933123456", "+855962345678"], items.Phones);
    }

    [Fact]
    public void Groups_posts_and_invitations_are_websites_not_accounts()
    {
        var items = PostExtractor.Extract(
            "https://facebook.com/groups/vieclamcampuchia/posts/123 t.me/+AbCdEf t.me/joinchat/XyZ www.XKLD-HungThinh.com/Dang-Ky?utm=fb",
            "VN");
        Assert.Empty(items.Handles);
        Assert.Equal(["facebook.com/groups/vieclamcampuchia/posts/123", "t.me/+abcdef", "t.me/joinchat/xyz", "xkld-hungthinh.com/dang-ky"],
            items.Websites);
    }

    [Theory]
    [InlineData("Ở TP.HCM, Co.Ltd, v.v. và 1.5 triệu")]
    [InlineData("Mình ở Q.1 gần chợ.Bến Thành")]
    public void Abbreviations_are_not_websites(string text) => Assert.Empty(PostExtractor.Extract(text, "VN").Websites);

    [Fact]
    public void Finds_organisations_by_their_legal_form()
    {
        var items = PostExtractor.Extract(
            "CÔNG TY TNHH XKLĐ HƯNG THỊNH tuyển gấp. Đối tác Golden Star Co., Ltd (Phnom Penh) và Công ty Cổ phần Nhân Lực Á Châu, "
            + "Sunrise Manpower JSC; บริษัท สยามแรงงาน จำกัด; 金边华人劳务有限公司", "VN");
        Assert.Equal(["CÔNG TY TNHH XKLĐ HƯNG THỊNH", "Công ty Cổ phần Nhân Lực Á Châu", "Golden Star Co., Ltd", "Sunrise Manpower JSC",
            "บริษัท สยามแรงงาน จำกัด", "金边华人劳务有限公司"], items.Organisations);
    }

    [Theory]
    [InlineData("LH chị Lan 0912345678", "Lan")]
    [InlineData("Liên hệ: Anh Trần Văn Tuấn", "Trần Văn Tuấn")]
    [InlineData("Contact Mr. John Smith for details", "John Smith")]
    [InlineData("Trân trọng,\nNguyễn Thị Lan", "Nguyễn Thị Lan")]
    public void Finds_the_name_a_post_signs_with(string text, string name) =>
        Assert.Equal([name], PostExtractor.Extract(text, "VN").Names);

    [Theory]
    [InlineData("Liên hệ Zalo 0912345678")]
    [InlineData("Inbox ngay để biết thêm")]
    public void A_contact_word_without_a_name_names_no_one(string text) => Assert.Empty(PostExtractor.Extract(text, "VN").Names);

    [Fact]
    public void Each_item_is_given_once()
    {
        var items = PostExtractor.Extract("0912.345.678 0912 345 678 +84912345678 a@b.com A@B.COM fb.com/x facebook.com/X", "VN");
        Assert.Equal(["+84912345678"], items.Phones);
        Assert.Equal(["a@b.com"], items.Emails);
        Assert.Equal([new ExtractedHandle("facebook", "x")], items.Handles);
    }
}
