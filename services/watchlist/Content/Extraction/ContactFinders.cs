using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>E-mail addresses and "@name" mentions, the two kinds of contact written with an at sign.</summary>
internal static partial class ContactFinders
{
    [GeneratedRegex(@"(?<![\w.+\-])[a-z0-9](?:[a-z0-9._%+\-]{0,62}[a-z0-9_])?@(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
        + @"(?![\w\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // After a space or bracket, never after a letter (that is an e-mail) or a slash (a link's path).
    [GeneratedRegex(@"(?<![\w@.\-/])@(?<name>[a-z0-9_](?:[a-z0-9_.]{0,48}[a-z0-9_])?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    // Words that name a platform just before a mention: "Tele: @viecnhe", "IG @abc".
    [GeneratedRegex(@"(?<platform>telegram|tele|tg|instagram|insta|ig|tiktok|twitter|facebook|fb|zalo|whatsapp|wa)\W{0,12}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlatformBefore();

    private static readonly HashSet<string> NotAccounts = new(StringComparer.OrdinalIgnoreCase) { "everyone", "all", "here", "admin" };

    public static IEnumerable<(int Start, int Length, string Email)> Emails(string text)
    {
        foreach (Match m in Email().Matches(text)) yield return (m.Index, m.Length, m.Value.ToLowerInvariant());
    }

    public static IEnumerable<(int Start, int Length, ExtractedHandle Handle)> Mentions(string text)
    {
        foreach (Match m in Mention().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (NotAccounts.Contains(name) || name.All(char.IsAsciiDigit) && name.Length < 5) continue;
            var before = text.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index)).ToString();
            var platform = PlatformBefore().Match(before) is { Success: true } p ? p.Groups["platform"].Value : null;
            var (value, named) = Watchlist.Matching.SocialHandle.Normalise(name, platform);
            var canonical = named switch { "tele" => "telegram", "insta" => "instagram", "wa" => "whatsapp", _ => named };
            yield return (m.Index, m.Length, new ExtractedHandle(canonical, value));
        }
    }
}
