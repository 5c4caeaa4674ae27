using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

public class PhoneticKeyTests
{
    [Theory]
    [InlineData("mohammed", "muhammad")]
    [InlineData("yusuf", "yousef")]
    [InlineData("hussein", "husayn")]
    [InlineData("philipp", "filip")]
    public void Transliteration_variants_share_a_key(string a, string b)
    {
        Assert.NotNull(PhoneticKey.Of(a));
        Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));
    }

    [Theory]
    [InlineData("nguyen")]
    [InlineData("hoang")]
    [InlineData("zhang")]
    public void Single_syllables_get_no_key(string token) => Assert.Null(PhoneticKey.Of(token));

    [Fact]
    public void Consonant_skeletons_line_up_with_vowelled_names()
    {
        Assert.True(PhoneticKey.IsSkeleton("mhmd"));
        Assert.False(PhoneticKey.IsSkeleton("muhammad"));
        Assert.Equal(PhoneticKey.ConsonantsOf("muhammad"), PhoneticKey.ConsonantsOf("mhmd"));
    }
}
