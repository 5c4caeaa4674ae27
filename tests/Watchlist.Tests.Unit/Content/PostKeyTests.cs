using Watchlist.WatchlistService.Content.Screening;

namespace Watchlist.Tests.Unit.Content;

public sealed class PostKeyTests
{
    private static ContentInput Post(string text, string? url = null) => new(text, url, "facebook", null, "vi");

    [Fact]
    public void A_post_with_a_url_is_keyed_by_it_without_its_fragment_whatever_its_text()
    {
        var key = PostKey.Of(Post("LH 0912.345.678", "https://WWW.Facebook.com/groups/1/posts/2#comments"));
        Assert.Equal("https://www.facebook.com/groups/1/posts/2", key);
        Assert.Equal(key, PostKey.Of(Post("another text", "https://www.facebook.com/groups/1/posts/2")));
        Assert.NotEqual(key, PostKey.Of(Post("LH 0912.345.678", "https://www.facebook.com/groups/1/posts/3")));
    }

    [Fact]
    public void A_post_without_a_url_is_keyed_by_its_text_with_whitespace_folded()
    {
        var key = PostKey.Of(Post("VIỆC NHẸ  LƯƠNG CAO\nLH 0912.345.678 "));
        Assert.StartsWith("sha256:", key);
        Assert.Equal(71, key.Length);
        Assert.Equal(key, PostKey.Of(Post(" VIỆC NHẸ LƯƠNG CAO LH\t0912.345.678")));
        Assert.NotEqual(key, PostKey.Of(Post("VIỆC NHẸ LƯƠNG CAO LH 0912.345.679")));
        Assert.Equal(key, PostKey.Of(Post("VIỆC NHẸ LƯƠNG CAO LH 0912.345.678", url: "")));
    }
}
