using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

public class EditDistanceTests
{
    [Theory]
    [InlineData("nguyen", "nguyen", 0)]
    [InlineData("nguyen", "ngyuen", 1)] // adjacent transposition counts once
    [InlineData("nguyen", "nguen", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Counts_edits_within_the_bound(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, 3));

    [Theory]
    [InlineData("kitten", "sitting")]
    [InlineData("abcdefgh", "hgfedcba")]
    [InlineData("ab", "abcdef")]
    public void Stops_at_the_bound(string a, string b) =>
        Assert.Equal(2, EditDistance.Bounded(a, b, 1));
}
