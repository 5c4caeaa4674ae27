namespace Watchlist.Matching;

/// <summary>
/// Social handles as "@name" or profile URLs (https://facebook.com/viec.nhe.luong.cao)
/// reduced to a lowercase handle and, when it can be told, the platform.
/// </summary>
public static class SocialHandle
{
    private static readonly Dictionary<string, string> PlatformOfHost = new(StringComparer.Ordinal)
    {
        ["facebook.com"] = "facebook", ["fb.com"] = "facebook", ["fb.me"] = "facebook", ["m.me"] = "facebook",
        ["instagram.com"] = "instagram", ["t.me"] = "telegram", ["telegram.me"] = "telegram",
        ["twitter.com"] = "x", ["x.com"] = "x", ["tiktok.com"] = "tiktok", ["zalo.me"] = "zalo",
        ["vk.com"] = "vk", ["youtube.com"] = "youtube", ["linkedin.com"] = "linkedin", ["wa.me"] = "whatsapp",
    };

    private static readonly Dictionary<string, string> PlatformAliases = new(StringComparer.Ordinal)
    {
        ["fb"] = "facebook", ["ig"] = "instagram", ["tg"] = "telegram", ["twitter"] = "x",
    };

    public static (string Handle, string? Platform) Normalise(string raw, string? platform)
    {
        var text = raw.Trim();
        string? inferred = null;
        if (Website.LooksLikeUrl(text) || LooksLikeProfile(text)) (text, inferred) = FromProfileUrl(text);
        var handle = text.Trim().TrimStart('@').TrimEnd('/').ToLowerInvariant();
        return (handle, PlatformName(platform) ?? inferred);
    }

    public static string? PlatformName(string? platform)
    {
        if (string.IsNullOrWhiteSpace(platform)) return null;
        var name = platform.Trim().ToLowerInvariant();
        return PlatformAliases.GetValueOrDefault(name) ?? PlatformOfHost.GetValueOrDefault(name) ?? name;
    }

    private static bool LooksLikeProfile(string text)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && PlatformOfHost.ContainsKey(Website.Host(text[..slash]));
    }

    private static (string Handle, string? Platform) FromProfileUrl(string url)
    {
        var address = Website.WithoutScheme(url);
        var slash = address.IndexOf('/');
        if (slash < 0) return (address, null);
        var host = Website.Host(address[..slash]);
        var path = address[(slash + 1)..];
        var platform = PlatformOfHost.GetValueOrDefault(host);
        // Facebook profiles without a vanity name: profile.php?id=1000...
        const string numericProfile = "profile.php?id=";
        if (path.StartsWith(numericProfile, StringComparison.OrdinalIgnoreCase))
            return (path[numericProfile.Length..].Split('&')[0], platform);
        var end = path.IndexOfAny(['/', '?', '#']);
        return (end < 0 ? path : path[..end], platform);
    }
}
