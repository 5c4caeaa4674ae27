namespace Watchlist.Matching;

/// <summary>Web addresses compared without scheme, "www." or trailing slash.</summary>
internal static class Website
{
    public static string Normalise(string raw)
    {
        var address = WithoutScheme(raw.Trim()).TrimEnd('/');
        var slash = address.IndexOf('/');
        var host = Host(slash < 0 ? address : address[..slash]);
        return (slash < 0 ? host : host + address[slash..]).ToLowerInvariant();
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
        foreach (var prefix in (string[])["www.", "m.", "mobile.", "web."])
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length + 3)
                return lower[prefix.Length..];
        return lower;
    }
}
