using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>Names in Arabic script against their romanisations (issue 14, qscript): consonant keys, lookup both ways.</summary>
public class CrossScriptTests
{
    private static double ScoreOf(MatchableEntry listed, string asked) =>
        ScoreAmong(listed, Traveller(asked), Person("John Smith"), Person("محمد عبد الله"));

    [Theory]
    [InlineData("mahmud", "mhmwd", "mhmd")] // محمود: و is a long vowel
    [InlineData("haqqani", "hqany", "hkni")] // a doubled letter is one Arabic letter; the final ي is written
    [InlineData("akkacha", "kshh", "ks")] // French ch is ش, the final ة is silent
    [InlineData("djamel", "jml", "jml")]
    [InlineData("ahmadi", "hmdy", "hmdi")]
    public void Both_sides_reduce_to_the_consonants_Arabic_writes(string romanised, string transliterated, string key)
    {
        Assert.Equal(key, AbjadKey.Of(romanised));
        Assert.Equal(key, AbjadKey.Of(transliterated));
    }

    [Theory]
    [InlineData("dkr", "zkr")] // ذاکر Zakir
    [InlineData("tmn", "smn")] // عثمان Usman
    [InlineData("kdfi", "gdfi")] // القذافي Gaddafi
    public void Letters_romanisations_disagree_on_still_meet(string a, string b) =>
        Assert.True(AbjadKey.Similarity(a, b) > 0);

    [Theory]
    [InlineData("hsn", "hsni")] // Hasan / Hosseini
    [InlineData("mhmd", "hmd")] // Muhammad / Ahmad
    [InlineData("sr", "sri")] // Assar / Assiri
    public void Different_names_stay_apart(string a, string b) => Assert.Equal(0, AbjadKey.Similarity(a, b));

    [Theory]
    [InlineData("MOHAMMAD MOSLIM HAQQANI MUHAMMADI GUL", "محمد مسلم حقانى محمدی گل")]
    [InlineData("MUHSIN FADHIL AYED ASHOUR AL-FADHLI", "محسن فاضل عايد عاشور الفضلي")]
    [InlineData("ABDUL GHAFAR SHINWARI", "عبدالغفار شینواری")]
    [InlineData("HABIBULLAH RESHAD", "حبیب الله رشاد")]
    [InlineData("MOUSSA BEN OMAR BEN ALI ESSAADI", "موسى بن عمر بن علي السعدي")]
    [InlineData("ABDULLAH HAMAD MOHAMMAD KARIM", "عبد الله حماد ﻤﺤﻤﺪ ﻛﺮﻴﻡ")]
    public void A_name_in_arabic_script_and_its_romanisation_are_worth_a_review_either_way(string romanised, string arabic)
    {
        var asked = ScoreOf(Person(arabic), romanised);
        Assert.True(asked >= 0.65, $"{romanised} asked, {arabic} listed: {asked}");
        var listed = ScoreOf(Person(romanised), arabic);
        Assert.True(listed >= 0.65, $"{arabic} asked, {romanised} listed: {listed}");
    }

    [Fact]
    public void A_romanised_name_finds_a_listing_written_only_in_arabic_script()
    {
        var listed = Person("محمد احمدی");
        var index = IndexWith(listed, Person("John Smith"));
        Assert.Contains(listed.Id, index.Candidates(Traveller("MOHAMMAD AHMADI")));
        Assert.DoesNotContain(listed.Id, index.Candidates(Traveller("John Smith")));
    }

    [Fact]
    public void Another_name_in_arabic_script_is_no_match()
    {
        // جابر سعيد حسن (Jabir Said Hasan) is not Sayyed Jabar Hosseini; صلاح حسن عصار is not Ibrahim Hassan Tali Assiri.
        Assert.True(ScoreOf(Person("Sayyed Jabar HOSSEINI"), "جابر سعيد حسن") < 0.65);
        Assert.True(ScoreOf(Person("Ibrahim Hassan Tali ASSIRI"), "صلاح حسن عصار") < 0.65);
    }

    [Fact]
    public void Umar_written_in_arabic_script_is_not_the_title_mr() =>
        Assert.Equal(["umar", "ali"], PreparedName.Fold("عمر علي"));
}
