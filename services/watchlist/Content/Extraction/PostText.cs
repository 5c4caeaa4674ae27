using System.Text;

namespace Watchlist.WatchlistService.Content.Extraction;

/// <summary>A post's text made readable to the finders, without moving any character the finders report.</summary>
internal static class PostText
{
    /// <summary>
    /// NFC (as all text is compared), keycap digits ("0️⃣9️⃣") as plain digits, and invisible joiners removed: brokers write
    /// numbers that way so that a platform's own filters miss them.
    /// </summary>
    public static string Clean(string text)
    {
        var normal = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (!NeedsCleaning(normal)) return normal;
        var clean = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (c is '\u20E3' or '\uFE0F' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            clean.Append(c);
        }
        return clean.ToString();
    }

    /// <summary>Replaces a span by spaces, so that a number inside a link is not read a second time as a phone.</summary>
    public static void Mask(char[] text, int start, int length) => Array.Fill(text, ' ', start, length);

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c is '\u20E3' or '\uFE0F' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') return true;
        return false;
    }
}
