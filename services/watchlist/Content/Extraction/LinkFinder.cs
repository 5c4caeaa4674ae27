using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>One address written in a post, with where it stands, so the phone finder can skip it.</summary>
internal sealed record FoundLink(int Start, int Length, string Host, string Path, string Query);

/// <summary>
/// Links with a scheme, and bare addresses ("fb.com/x", "xkld-nhatban.com") whose last label is a known top-level domain, so
/// that "TP.HCM" or "Co.Ltd" are not taken for sites.
/// </summary>
internal static partial class LinkFinder
{
    private static readonly HashSet<string> BareDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "info", "biz", "io", "me", "co", "asia", "xyz", "online", "site", "top", "shop", "jobs", "work",
        "link", "ly", "gl", "page", "app", "vn", "kh", "th", "la", "mm", "cn", "tw", "hk", "jp", "kr", "sg", "my", "id", "ph",
        "ru", "uk", "us", "de", "fr", "au", "tv", "cc", "club", "vip", "live", "store", "tech", "website", "edu", "gov",
    };

    // A host after a character that is no part of an address (so not the domain of an e-mail), an optional port, then
    // a path up to white space or a quote or bracket.
    [GeneratedRegex(@"(?<![\w@.\-/])(?<scheme>https?://)?(?<host>(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?<tld>[a-z]{2,24}))"
        + @"(?::\d{1,5})?(?<rest>[/?#][^\s<>""'()\[\]{}]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    public static List<FoundLink> Find(string text)
    {
        var links = new List<FoundLink>();
        foreach (Match m in Address().Matches(text))
        {
            var hasScheme = m.Groups["scheme"].Success;
            if (!hasScheme && !BareDomains.Contains(m.Groups["tld"].Value)) continue;
            var host = WebHost(m.Groups["host"].Value);
            var rest = TrimTrailingPunctuation(m.Groups["rest"].Value);
            var length = m.Length - (m.Groups["rest"].Value.Length - rest.Length);
            var q = rest.IndexOfAny(['?', '#']);
            var query = q >= 0 ? rest[q..] : "";
            var path = (q >= 0 ? rest[..q] : rest).TrimEnd('/');
            links.Add(new FoundLink(m.Index, length, host, path, query));
        }
        return links;
    }

    /// <summary>Lower case, without "www." and the mobile prefixes, as the engine compares hosts.</summary>
    public static string WebHost(string host)
    {
        var lower = host.ToLowerInvariant().TrimEnd('.');
        foreach (var prefix in (string[])["www.", "m.", "mobile.", "web."])
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length + 3) return lower[prefix.Length..];
        return lower;
    }

    private static string TrimTrailingPunctuation(string rest)
    {
        var end = rest.Length;
        while (end > 0 && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '*' or '-' or '_' or '~') end--;
        return rest[..end];
    }
}
