using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

/// <summary>One person as the UN and OFAC each write them (issue 14, twins): rules that tell the same person apart from kin.</summary>
public class TwinRuleTests
{
    private static double ScoreOf(MatchableEntry listed, string asked, string? birthDate = null) =>
        ScoreAmong(listed, Traveller(asked, birthDate));

    [Fact]
    public void A_chain_of_descent_paired_in_order_outweighs_a_family_name_written_otherwise()
    {
        // UN QDi.068 and OFAC 7251: passport M408665 on both.
        var listed = Person("Adel Ben Al-Azhar Ben Youssef BEN SOLTANE", "1970-07-14");
        var score = ScoreOf(listed, "ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI", "1970-07-14");
        Assert.InRange(score, 0.65, 0.85);
    }

    [Fact]
    public void Brothers_share_the_chain_but_not_the_given_name()
    {
        var listed = Person("Adel Ben Al-Azhar Ben Youssef BEN SOLTANE");
        Assert.True(ScoreOf(listed, "Karim Ben Al-Azhar Ben Youssef HAMDI") < 0.65);
    }

    [Fact]
    public void One_generation_is_not_a_chain()
    {
        // "Ali bin Hassan" is a common pair of names: the family name still tells two people apart.
        Assert.True(ScoreOf(Person("Adel Ben Youssef BEN SOLTANE"), "Adel Ben Youssef HAMDI") < 0.65);
    }

    [Fact]
    public void A_chain_in_another_order_is_another_person()
    {
        // Youssef son of al-Azhar son of Adel is Adel's grandson.
        var listed = Person("Youssef Ben Al-Azhar Ben Adel BEN SOLTANE");
        Assert.True(ScoreOf(listed, "ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI") < 0.65);
    }

    [Fact]
    public void The_chain_makes_the_family_name_cost_half_not_nothing()
    {
        var same = ScoreOf(Person("Adel Ben Al-Azhar Ben Youssef HAMDI"), "ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI");
        var other = ScoreOf(Person("Adel Ben Al-Azhar Ben Youssef BEN SOLTANE"), "ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI");
        Assert.True(other < same - 0.1, $"{other} vs {same}");
    }

    [Fact]
    public void A_one_part_alias_is_read_with_the_given_name()
    {
        // UN LYi.023 (a.k.a. Al Dabbashi) and OFAC 24314 "DABBASHI, Ahmed": passport LY53FP76 on both.
        var listed = Person("Ahmad Oumar Imhamad al-Fitouri", "1988-05-07", aliases: ["Al-Ahwal", "Al Dabbashi"]);
        var score = ScoreOf(listed, "Ahmed DABBASHI", "1988-07-05");
        Assert.InRange(score, 0.65, 0.85);
    }

    [Fact]
    public void Another_given_name_with_the_alias_is_not_the_person()
    {
        var listed = Person("Ahmad Oumar Imhamad al-Fitouri", aliases: ["Al Dabbashi"]);
        Assert.True(ScoreOf(listed, "Khalid DABBASHI") < 0.65);
    }

    [Fact]
    public void A_name_the_list_did_not_write_is_no_match_on_its_own()
    {
        var listed = Person("Ahmad Oumar Imhamad al-Fitouri", aliases: ["Al Dabbashi"]);
        var hit = IndexWith(listed).Search(Traveller("Ahmad Al Dabbashi"), Everything).HitFor(listed);
        Assert.NotNull(hit);
        Assert.Equal(MatchBand.Review, hit.Band);
        Assert.Equal("Ahmad Al Dabbashi", hit.MatchedName);
    }
}
