using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

public class TokenHashTests
{
    [Theory]
    [InlineData("hung")]
    [InlineData("nguyen")]
    [InlineData("abdulrahman")]
    public void Neighbour_hashes_are_the_hashes_of_every_one_edit_variant(string token)
    {
        var expected = BruteForceVariants(token).Select(v => TokenHash.Of(v)).ToHashSet();
        var actual = new HashSet<ulong>();

        TokenHash.ForEachNeighbour(token, ref actual, static (ref HashSet<ulong> set, ulong hash) => set.Add(hash));

        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void Vocabulary_finds_indexed_tokens_one_edit_away()
    {
        var vocabulary = new Vocabulary();
        foreach (var token in new[] { "nguyen", "nguen", "ngyuen", "nguyenn", "nguyan", "tran", "nguyenvan" })
            vocabulary.Register(token);
        var found = new HashSet<Term>();

        vocabulary.Neighbours("nguyen", found);

        Assert.Equal(["nguen", "nguyan", "nguyenn", "ngyuen"], found.Select(t => t.Text).Order());
    }

    private static IEnumerable<string> BruteForceVariants(string token)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        for (var i = 0; i < token.Length; i++)
        {
            yield return token.Remove(i, 1);
            if (i + 1 < token.Length && token[i] != token[i + 1])
                yield return token[..i] + token[i + 1] + token[i] + token[(i + 2)..];
            foreach (var letter in letters)
                if (letter != token[i])
                    yield return token[..i] + letter + token[(i + 1)..];
        }
        for (var i = 0; i <= token.Length; i++)
            foreach (var letter in letters)
                yield return token.Insert(i, letter.ToString());
    }
}
