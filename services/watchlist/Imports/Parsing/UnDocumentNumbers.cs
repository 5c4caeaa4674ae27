using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>UN document numbers, which the list often writes inside a phrase.</summary>
internal static partial class UnDocumentNumbers
{
    /// <summary>
    /// Takes the number out of UN <c>NUMBER</c> text, which often wraps it in words ("Libyan passport No. 513519",
    /// "381110042 (Expired 25 Jan. 2016)", "R00012098, South Sudan", "German travel document A 0139243").
    /// Also returns a country the text names, for when the element does not.
    /// </summary>
    public static (string Number, string? CountryName) Split(string raw)
    {
        var text = NameText.Collapse(Bracketed().Replace(raw, " "));
        string? country = null;
        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && CountryNames.ToAlpha2(text[(comma + 2)..]) is not null)
        {
            country = text[(comma + 2)..];
            text = text[..comma];
        }
        var marker = NumberMarker().Match(text);
        if (marker.Success)
            text = text[(marker.Index + marker.Length)..];
        else
        {
            // The number follows the last word of prose ("Libya 428720", "Diplomatic Passport D014433");
            // short capitals are series letters and stay ("OB 0243318", "TR-P 614 166").
            var words = text.Split(' ');
            var last = Array.FindLastIndex(words, DocumentTypes.HasOrdinaryWord);
            if (last >= 0)
            {
                if (CountryNames.ToAlpha2(words[last]) is not null)
                    country ??= words[last];
                text = string.Join(' ', words[(last + 1)..]);
            }
        }
        return (text.Trim(' ', ':', '.', ','), country);
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    // The last "number", "No.", "N°" or ":" before the number itself.
    [GeneratedRegex(@"^.*(?:\bnumber\b|\bno\b\.?|n°|:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberMarker();
}
