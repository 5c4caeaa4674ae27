using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>
/// The name a post signs with: after a contact word and a title ("LH chị Lan", "Contact Mr. John Smith"), after a dash and
/// a title ("0912… - Anh Dũng"), or after a
/// closing ("Trân trọng, Nguyễn Văn Hùng"). Without a title at least two capitalised words are needed, so that
/// "Liên hệ Zalo" names no one.
/// </summary>
internal static partial class SignatureFinder
{
    private const string Word = @"\p{Lu}[\p{Ll}\p{Lu}\p{M}]*";

    [GeneratedRegex(@"(?:(?i:liên\s*hệ|lh|ib|inbox|gọi|gặp|call|contact|người\s+liên\s+hệ|trân\s+trọng|regards|sincerely)\s*(?i:ngay|me)?"
        + @"\s*[:,\-–]?\s*|[\-–(]\s*(?=(?i:anh|chị|cô|chú|bác|mr|mrs|ms|miss)\.?\s))"
        + @"(?<title>(?i:anh|chị|cô|chú|bác|em|mr|mrs|ms|miss)\.?\s+)?(?<name>" + Word + @"(?:[ \t]+" + Word + @"){0,3})")]
    private static partial Regex Signed();

    private static readonly HashSet<string> NotName = new(StringComparer.OrdinalIgnoreCase)
    {
        "zalo", "hotline", "facebook", "fb", "telegram", "tele", "sđt", "số", "ngay", "qua", "công", "cty", "email", "mail", "whatsapp",
        "viber", "line", "wechat", "messenger", "inbox", "ib", "page", "tel", "phone", "us", "now", "để", "trực", "tiếp",
        "phòng", "mình", "admin", "em", "anh", "chị", "người", "tại", "the", "hr", "team", "đt", "dt",
    };

    public static IEnumerable<string> Find(string text)
    {
        foreach (Match m in Signed().Matches(text))
        {
            var words = m.Groups["name"].Value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .TakeWhile(w => !NotName.Contains(w)).ToList();
            if (words.Count >= (m.Groups["title"].Success ? 1 : 2)) yield return string.Join(' ', words);
        }
    }
}
