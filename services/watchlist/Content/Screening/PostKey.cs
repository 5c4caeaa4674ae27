using System.Security.Cryptography;
using System.Text;

namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>
/// What makes two screenings "the same post" for dedup and false-positive memory: its URL as the browser shows it (scheme and
/// host folded to lower case, no fragment), or, for a post pasted without one, <c>sha256:</c> and the hash of its text with
/// whitespace runs folded and ends trimmed, so a re-paste that only differs in line breaks is the same post.
/// </summary>
public static class PostKey
{
    public static string Of(ContentInput content)
    {
        if (content.Url is { Length: > 0 } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return new UriBuilder(uri) { Fragment = "" }.Uri.AbsoluteUri;
        var folded = string.Join(' ', (content.Text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }
}
