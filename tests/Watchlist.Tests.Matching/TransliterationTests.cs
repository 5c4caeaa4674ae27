using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

/// <summary>Arabic script and Kana through ICU, other scripts through AnyAscii (decision 0105).</summary>
public class TransliterationTests
{
    [Fact]
    public void The_native_icu_library_is_found_on_this_machine() =>
        // Without it the engine falls back to AnyAscii everywhere and loses the Arabic-script pairs ICU finds: fail loudly.
        Assert.True(IcuTransliteration.Available, "libicu (Debian libicu72) is needed by icu.net");

    [Fact]
    public void Kana_is_read_by_syllables_as_hepburn_writes_them() =>
        // AnyAscii reads one sign at a time: ジ "ji" then ョ "yo", "jiyon".
        Assert.Equal(["jon"], NameFolder.Tokens("ジョン"));

    [Theory]
    [InlineData("سميرة", "samira")] // the final ة is silent; ICU alone writes it t
    [InlineData("خولة", "khawla")]
    [InlineData("مصطفى", "mustafa")] // the final ى is a long a; ICU alone writes it y
    [InlineData("موسى", "musa")]
    [InlineData("آغا", "agha")]
    public void Arabic_script_meets_the_usual_romanisation_by_consonants(string arabic, string romanised) =>
        Assert.Equal(AbjadKey.Of(romanised), AbjadKey.Of(NameFolder.Tokens(arabic).Single()));

    [Theory]
    [InlineData("Хазмат", "khazmat")] // ICU would write ISO 9 "hazmat"; the lists write Khazmat
    [InlineData("Жуков", "zhukov")]
    [InlineData("习近平", "xi jin ping")]
    public void Other_scripts_are_read_by_anyascii(string name, string folded) =>
        Assert.Equal(folded, string.Join(' ', NameFolder.Tokens(name)));
}
