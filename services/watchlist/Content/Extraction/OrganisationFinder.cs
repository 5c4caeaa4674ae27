using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>
/// Organisations by their legal form: "Công ty TNHH …" and "Công ty Cổ phần …" (the name follows the form), "… Co., Ltd",
/// "… JSC", "… LLC" (the name comes before it), Thai "บริษัท … จำกัด", Chinese "…有限公司" and Khmer "ក្រុមហ៊ុន …".
/// </summary>
internal static partial class OrganisationFinder
{
    private const int MaxWords = 10;

    [GeneratedRegex(@"(?<!\p{L})(?:công|cty)\s*(?:ty\s+)?(?:tnhh(?:\s+mtv|\s+một\s+thành\s+viên)?|cổ\s+phần|cp|hợp\s+danh)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseForm();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:co\.?,?\s?ltd|company\s+limited|pte\.?\s?ltd|sdn\.?\s?bhd|ltd|llc|inc|corp|jsc|corporation|gmbh)\.?"
        + @"(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishForm();

    [GeneratedRegex(@"บริษัท\s*[^\n,;:!?()]{1,60}?\s*จำกัด(?:\s*\(มหาชน\))?|[\p{IsCJKUnifiedIdeographs}]{2,10}(?:有限责任公司|股份有限公司|有限公司)"
        + @"|ក្រុមហ៊ុន\s*[\u1780-\u17FF]+(?:\s[\u1780-\u17FF]+){0,2}")]
    private static partial Regex AsianForm();

    // Capitalised words that start the next sentence of a post rather than continue a company's name.
    private static readonly HashSet<string> NotName = new(StringComparer.OrdinalIgnoreCase)
    {
        "tuyển", "tuyen", "cần", "can", "liên", "lh", "địa", "tại", "chuyên", "hotline", "zalo", "số", "đang", "thông", "xin", "có",
        "cho", "ở", "về", "là", "sđt", "đt", "fb", "facebook", "email", "website", "is", "are", "the", "we", "hiring", "recruiting",
        "contact", "call", "tel", "phone", "at", "in", "for", "tuyển dụng", "nhận", "gấp", "ib", "inbox", "được", "lương", "làm",
    };

    public static IEnumerable<string> Find(string text)
    {
        foreach (Match m in VietnameseForm().Matches(text))
        {
            var words = WordsAfter(text, m.Index + m.Length);
            if (words.Count > 0) yield return Collapse(m.Value) + " " + string.Join(' ', words);
        }
        foreach (Match m in EnglishForm().Matches(text))
        {
            var words = WordsBefore(text, m.Index);
            if (words.Count > 0) yield return string.Join(' ', words) + " " + Collapse(m.Value).TrimEnd('.');
        }
        foreach (Match m in AsianForm().Matches(text)) yield return Collapse(m.Value);
    }

    private static List<string> WordsAfter(string text, int at)
    {
        var words = new List<string>();
        var i = at;
        while (words.Count < MaxWords)
        {
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            var start = i;
            while (i < text.Length && IsNamePart(text[i])) i++;
            var word = text[start..i].TrimEnd('.', '-');
            if (!IsNameWord(word)) break;
            words.Add(word);
        }
        return words;
    }

    private static List<string> WordsBefore(string text, int at)
    {
        var words = new List<string>();
        var i = at;
        while (words.Count < MaxWords / 2)
        {
            while (i > 0 && text[i - 1] is ' ' or '\t') i--;
            var end = i;
            while (i > 0 && IsNamePart(text[i - 1])) i--;
            var word = text[i..end];
            if (!IsNameWord(word)) break;
            words.Insert(0, word);
        }
        return words;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '&' or '-' or '.' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || word == "&") && !NotName.Contains(word) && !word.All(char.IsDigit);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'],
        StringSplitOptions.RemoveEmptyEntries));
}
