using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

/// <summary>
/// Folding remembers its recent answers per thread, and ICU's romanisation of a run of Arabic script or Kana (decision record
/// 0130): a remembered answer must be the one folding again would give, and no caller may change what is remembered.
/// </summary>
public class RememberedFoldingTests
{
    private static readonly string[] Names =
    [
        "Nguyễn Văn Hùng", "SMITH, John Robert", "محمد عبد الله", "ジョン・スミス", "Lobaye Invest, SARLU", "I.B.M. Corporation",
        "NGUYEN<<VAN<HUNG", "Abdul-Rahman al-Hassan", "习近平", "Trần Thị Thu Hà",
    ];

    [Fact]
    public void A_changed_answer_does_not_change_the_next_one()
    {
        var first = NameFolder.Tokens("Nguyễn Văn Hùng");
        first[0] = "changed";
        Array.Reverse(first);

        Assert.Equal(["nguyen", "van", "hung"], NameFolder.Tokens("Nguyễn Văn Hùng"));
        Assert.NotSame(NameFolder.Tokens("Nguyễn Văn Hùng"), NameFolder.Tokens("Nguyễn Văn Hùng"));
    }

    [Fact]
    public async Task Names_folded_again_among_thousands_of_others_fold_as_the_first_time()
    {
        var firstTime = Names.Select(name => string.Join(' ', NameFolder.Tokens(name))).ToList();
        // Thousands of other names take every remembered place many times over, in Latin and in Arabic script.
        for (var i = 0; i < 5_000; i++)
        {
            NameFolder.Tokens($"Person{i} Other{i % 97}");
            NameFolder.Tokens($"محمد {(char)(0x0628 + i % 20)}{(char)(0x0628 + i % 17)}");
        }
        var again = Names.Select(name => string.Join(' ', NameFolder.Tokens(name))).ToList();
        var onAnotherThread = await Task.Run(() => Names.Select(name => string.Join(' ', NameFolder.Tokens(name))).ToList());

        Assert.Equal(firstTime, again);
        Assert.Equal(firstTime, onAnotherThread);
        Assert.Equal("nguyen van hung", firstTime[0]);
        Assert.Equal("john robert smith", firstTime[1]);
        Assert.DoesNotContain(firstTime, folded => folded.Length == 0);
    }
}
