using Watchlist.Matching;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>What a link is: an account on a platform (a handle, and for Zalo and WhatsApp a phone too), or a website.</summary>
internal static class SocialLinks
{
    private static readonly Dictionary<string, string> PlatformOfHost = new(StringComparer.Ordinal)
    {
        ["facebook.com"] = "facebook", ["fb.com"] = "facebook", ["fb.me"] = "facebook", ["m.me"] = "facebook",
        ["instagram.com"] = "instagram", ["t.me"] = "telegram", ["telegram.me"] = "telegram", ["twitter.com"] = "x",
        ["x.com"] = "x", ["tiktok.com"] = "tiktok", ["zalo.me"] = "zalo", ["vk.com"] = "vk", ["youtube.com"] = "youtube",
        ["linkedin.com"] = "linkedin", ["wa.me"] = "whatsapp", ["api.whatsapp.com"] = "whatsapp", ["whatsapp.com"] = "whatsapp",
    };

    // Paths that name a place on the platform, not an account: a group, a post, a share dialog.
    private static readonly HashSet<string> NotAccounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "groups", "pages", "share", "sharer", "sharer.php", "watch", "photo", "photo.php", "photos", "story.php", "permalink.php",
        "events", "hashtag", "reel", "reels", "marketplace", "login", "help", "policies", "gaming", "p", "explore", "stories",
        "joinchat", "s", "g", "send", "channel", "c", "video", "videos", "tag", "search", "home.php", "dialog",
    };

    /// <summary>The account a link names, or null when it is a website (or a group, post or invitation on a platform).</summary>
    public static (ExtractedHandle? Handle, string? PhoneDigits) Account(FoundLink link)
    {
        if (!PlatformOfHost.TryGetValue(link.Host, out var platform)) return (null, null);
        var segments = link.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (platform == "whatsapp") return WhatsApp(link, segments);
        if (platform == "facebook" && segments is ["profile.php"])
            return (QueryValue(link.Query, "id") is { Length: > 0 } id && id.All(char.IsAsciiDigit) ? Handle(id, platform) : null, null);
        if (platform == "linkedin" && segments is ["in" or "company", var name, ..]) return (Handle(name, platform), null);
        if (segments.Length == 0 || NotAccounts.Contains(segments[0]) || segments[0].StartsWith('+')) return (null, null);
        var account = Uri.UnescapeDataString(segments[0]).TrimStart('@');
        if (account.Length == 0) return (null, null);
        return (Handle(account, platform), platform == "zalo" && account.All(char.IsAsciiDigit) ? account : null);
    }

    /// <summary>The canonical website form: host without "www." and path, lower case, no query (it carries trackers).</summary>
    public static string Website(FoundLink link) => (link.Host + link.Path).ToLowerInvariant();

    private static (ExtractedHandle?, string?) WhatsApp(FoundLink link, string[] segments)
    {
        var digits = link.Host == "wa.me" && segments.Length > 0 ? segments[0].TrimStart('+') : QueryValue(link.Query, "phone");
        if (digits is not { Length: >= 6 } || !digits.All(char.IsAsciiDigit)) return (null, null);
        return (Handle(digits, "whatsapp"), "+" + digits);
    }

    private static ExtractedHandle? Handle(string account, string platform)
    {
        var (value, named) = SocialHandle.Normalise(account, platform);
        return value.Length is > 0 and <= 100 ? new ExtractedHandle(named, value) : null;
    }

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&', '#'))
            if (pair.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase)) return pair[(name.Length + 1)..];
        return null;
    }
}
