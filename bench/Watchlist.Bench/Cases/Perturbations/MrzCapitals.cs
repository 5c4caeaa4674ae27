using System.Text;
using AnyAscii;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>
/// The name as a passport's machine-readable zone gives it: SURNAME&lt;&lt;GIVEN&lt;NAMES in
/// capitals, romanised, marks and apostrophes dropped, spaces and hyphens as filler, cut at 39 characters
/// (ICAO 9303).
/// </summary>
public sealed class MrzCapitals : IPerturbation
{
    private const int NameField = 39;

    public string Kind => "mrz";

    public TravellerInput? Apply(MatchableEntry entry, Random random)
    {
        if (!Listing.IsPerson(entry)) return null;
        string surname, given;
        if (Listing.SurnameAndGiven(entry) is { } parts) (surname, given) = parts;
        else if (Listing.PrimaryName(entry) is { } name && Listing.Tokens(name) is { Length: >= 2 } tokens)
            (surname, given) = (tokens[^1], string.Join(' ', tokens[..^1]));
        else return null;
        var mrz = $"{Field(surname)}<<{Field(given)}";
        return new TravellerInput(Name: mrz.Length > NameField ? mrz[..NameField] : mrz);
    }

    private static string Field(string part)
    {
        var text = new StringBuilder();
        // Other scripts are romanised first, as the passport office would (here by AnyAscii).
        foreach (var c in part.Transliterate().Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or 'ʻ' or 'ʼ' or '`' or '.') continue;
            var folded = c is 'đ' or 'Đ' ? 'D' : char.ToUpperInvariant(c);
            text.Append(char.IsAsciiLetterUpper(folded) || char.IsAsciiDigit(folded) ? folded : '<');
        }
        return text.ToString().Trim('<');
    }
}
