using System.Globalization;

namespace Watchlist.Matching;

/// <summary>
/// Web addresses compared by registrable domain: scheme, "www.", subdomains, port, path, query and fragment say nothing
/// about whose site it is ("https://www.shop.example.co.uk/about?x=1" is "example.co.uk").
/// </summary>
internal static class Website
{
    private static readonly IdnMapping Idn = new();

    public static string Normalise(string raw) => PublicSuffixes.RegistrableDomain(HostOf(raw));

    /// <summary>The lowercase ASCII host of an address, without scheme, user, port, path, query or fragment.</summary>
    public static string HostOf(string raw)
    {
        var address = WithoutScheme(raw.Trim());
        var end = address.IndexOfAny(['/', '?', '#']);
        var host = end < 0 ? address : address[..end];
        host = host[(host.LastIndexOf('@') + 1)..];
        var port = host.LastIndexOf(':');
        if (port >= 0) host = host[..port];
        host = host.Trim('.').ToLowerInvariant();
        if (host.Any(c => c > 0x7F))
        {
            try
            {
                host = Idn.GetAscii(host);
            }
            catch (ArgumentException)
            {
                // Not a valid international name: compared as written.
            }
        }
        return host;
    }

    public static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    public static string WithoutScheme(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? url : url[(scheme + 3)..];
    }

    /// <summary>Lowercase host without www., m. and similar mobile prefixes.</summary>
    public static string Host(string host)
    {
        var lower = host.ToLowerInvariant();
        foreach (var prefix in (string[])["www.", "m.", "mobile.", "web.", "api.", "chat."])
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length + 3)
                return lower[prefix.Length..];
        return lower;
    }
}
