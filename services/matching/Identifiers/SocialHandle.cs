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
        ["twitter.com"] = "x", ["x.com"] = "x", ["tiktok.com"] = "tiktok", ["zalo.me"] = "zalo", ["chat.zalo.me"] = "zalo",
        ["vk.com"] = "vk", ["youtube.com"] = "youtube", ["linkedin.com"] = "linkedin", ["wa.me"] = "whatsapp",
        ["whatsapp.com"] = "whatsapp",
        ["viber.com"] = "viber",
    };

    private static readonly Dictionary<string, string> PlatformAliases = new(StringComparer.Ordinal)
    {
        ["fb"] = "facebook", ["ig"] = "instagram", ["tg"] = "telegram", ["twitter"] = "x", ["wa"] = "whatsapp",
    };

    /// <summary>Platforms whose handles are phone numbers: a link to one is a phone, compared as phones are.</summary>
    public static bool IsPhonePlatform(string? platform) => platform is "whatsapp" or "zalo" or "viber";

    public static (string Handle, string? Platform) Normalise(string raw, string? platform)
    {
        var text = raw.Trim();
        string? inferred = null;
        if (text.StartsWith("tg://", StringComparison.OrdinalIgnoreCase))
            (text, inferred) = (QueryValue(text, "domain") ?? QueryValue(text, "phone") ?? text[5..], "telegram");
        else if (Website.LooksLikeUrl(text) || LooksLikeProfile(text)) (text, inferred) = FromProfileUrl(text);
        var handle = text.Trim().TrimStart('@').TrimEnd('/').ToLowerInvariant();
        return (handle, PlatformName(platform) ?? inferred);
    }

    /// <summary>Whether an address is a profile on a known platform rather than a site of its own.</summary>
    public static bool IsProfileUrl(string text)
    {
        var address = Website.WithoutScheme(text.Trim());
        var slash = address.IndexOfAny(['/', '?']);
        return slash > 0 && slash < address.Length - 1 && PlatformOfHost.ContainsKey(Website.Host(Website.HostOf(address)));
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
        var host = Website.Host(Website.HostOf(address));
        var path = address[(slash + 1)..];
        var platform = PlatformOfHost.GetValueOrDefault(host);
        // Facebook profiles without a vanity name: profile.php?id=1000..., or people/Name/1000.../
        if (platform == "facebook" && QueryValue(path, "id") is { } id
            && path.StartsWith("profile.php", StringComparison.OrdinalIgnoreCase))
            return (id, platform);
        // WhatsApp's click-to-chat: api.whatsapp.com/send?phone=8491...
        if (platform == "whatsapp" && QueryValue(path, "phone") is { } phone) return (phone, platform);
        var end = path.IndexOfAny(['?', '#']);
        var segments = (end < 0 ? path : path[..end]).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return ("", platform);
        if (platform == "facebook" && segments[0] == "people" && segments.Length >= 3) return (segments[2], platform);
        if (platform == "facebook" && segments[0] is "groups" or "pages" && segments.Length >= 2) return (segments[^1], platform);
        // Telegram's channel preview (t.me/s/name) is the channel itself.
        if (platform == "telegram" && segments[0] == "s" && segments.Length >= 2) return (segments[1], platform);
        return (segments[0], platform);
    }

    private static string? QueryValue(string text, string name)
    {
        var query = text.IndexOf('?');
        if (query < 0) return null;
        foreach (var part in text[(query + 1)..].Split('&', '#'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && part[..equals].Equals(name, StringComparison.OrdinalIgnoreCase))
                return Uri.UnescapeDataString(part[(equals + 1)..]);
        }
        return null;
    }
}
