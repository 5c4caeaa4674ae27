using System.Text;
using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

public class NameFolderTests
{
    [Fact]
    public void Precomposed_and_decomposed_input_fold_alike()
    {
        var composed = "Nguyễn Văn Hùng".Normalize(NormalizationForm.FormC);
        var decomposed = "Nguyễn Văn Hùng".Normalize(NormalizationForm.FormD);

        Assert.NotEqual(composed, decomposed);
        Assert.Equal(["nguyen", "van", "hung"], NameFolder.Tokens(composed));
        Assert.Equal(["nguyen", "van", "hung"], NameFolder.Tokens(decomposed));
    }

    [Fact]
    public void Every_Vietnamese_tone_and_vowel_mark_is_stripped()
    {
        const string marked = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
        var expected = new string('a', 17) + new string('e', 11) + new string('i', 5)
            + new string('o', 17) + new string('u', 11) + new string('y', 5);

        Assert.Equal([expected], NameFolder.Tokens(marked));
        Assert.Equal([expected], NameFolder.Tokens(marked.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("Đặng Thị Đào", new[] { "dang", "thi", "dao" })]
    [InlineData("ĐOÀN ĐÌNH ĐỨC", new[] { "doan", "dinh", "duc" })]
    public void Vietnamese_d_with_stroke_reads_as_d(string name, string[] expected)
    {
        // đ has no canonical decomposition, so it survives FormD: it must be mapped by hand.
        Assert.Equal(-1, "đ".Normalize(NormalizationForm.FormD).IndexOf('d'));
        Assert.Equal(expected, NameFolder.Tokens(name));
    }

    [Theory]
    [InlineData("Владимир Путин", new[] { "vladimir", "putin" })]
    [InlineData("محمد", new[] { "mhmd" })]
    [InlineData("习近平", new[] { "xi", "jin", "ping" })]
    [InlineData("Müller Øyvind Łukasz", new[] { "muller", "oyvind", "lukasz" })]
    public void Other_scripts_are_transliterated(string name, string[] expected) =>
        Assert.Equal(expected, NameFolder.Tokens(name));

    [Theory]
    [InlineData("O'Brien-Smith John", new[] { "obrien", "smith", "john" })]
    [InlineData("  al-Zarqawi\t(Abu Musab) ", new[] { "al", "zarqawi", "abu", "musab" })]
    [InlineData("D’Souza", new[] { "dsouza" })]
    public void Punctuation_separates_and_apostrophes_join(string name, string[] expected) =>
        Assert.Equal(expected, NameFolder.Tokens(name));

    [Theory]
    [InlineData("O'Brien-Smith, John", new[] { "john", "obrien", "smith" })]
    [InlineData("NGUYEN<<VAN<HUNG<<<<<<", new[] { "van", "hung", "nguyen" })]
    [InlineData("SMITH, John Robert", new[] { "john", "robert", "smith" })]
    [InlineData("Golden Star, Trading, Co", new[] { "golden", "star", "trading", "co" })]
    public void Surname_first_forms_put_given_names_first(string name, string[] expected) =>
        Assert.Equal(expected, NameFolder.Tokens(name));

    [Theory]
    [InlineData("Dr. Mohammed Al-Hashimi", new[] { "mohammed", "al", "hashimi" })]
    [InlineData("Sheikh Haji Abdullah Azzam", new[] { "abdullah", "azzam" })]
    [InlineData("Công ty TNHH Việc Nhẹ Lương Cao", new[] { "viec", "nhe", "luong", "cao" })]
    [InlineData("Công ty Cổ phần Xuất khẩu Lao động Đại Dương", new[] { "xuat", "khau", "lao", "dong", "dai", "duong" })]
    [InlineData("Golden Star Co., Ltd.", new[] { "golden", "star" })]
    [InlineData("Mr. John Smith", new[] { "john", "smith" })]
    [InlineData("Sao Mai JSC", new[] { "sao", "mai" })]
    [InlineData("CTCP Đầu tư Sao Mai", new[] { "dau", "tu", "sao", "mai" })]
    [InlineData("Acme Recruiting LLC", new[] { "acme", "recruiting" })]
    [InlineData("Shaikh Haji Ali Reza", new[] { "ali", "reza" })]
    public void Honorifics_and_legal_forms_are_dropped(string name, string[] expected) =>
        Assert.Equal(expected, PreparedName.Fold(name));

    [Fact]
    public void A_name_made_only_of_noise_words_keeps_them() =>
        Assert.Equal(["limited", "co"], PreparedName.Fold("Limited Co"));

    [Fact]
    public void Blank_names_have_no_tokens()
    {
        Assert.Empty(NameFolder.Tokens(null));
        Assert.Empty(NameFolder.Tokens("  -- ,, "));
    }
}
