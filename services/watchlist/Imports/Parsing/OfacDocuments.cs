using System.Text.RegularExpressions;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// Reads one document from an OFAC remark segment: a label from <see cref="DocumentTypes.OfacLabels"/>, the number,
/// the issuing country in brackets, then issue and expiry dates. Anything that does not look like a number
/// ("Passport issued in Sarajevo") is skipped and noted rather than stored as one.
/// </summary>
internal static partial class OfacDocuments
{
    /// <summary><c>Passport A123 (Iran) issued 01 Jan 2010 expires 01 Jan 2020</c>, for the labels we take.</summary>
    public static TravelDocument? Read(string segment, ImportReport report, string where)
    {
        foreach (var (label, type) in DocumentTypes.OfacLabels)
        {
            if (!segment.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                || segment.Length == label.Length
                || segment[label.Length] is not (' ' or ':' or '#'))
                continue;
            var rest = segment[label.Length..].Trim(' ', ':', '#');
            // IMO numbers name ships, not documents.
            if (rest.StartsWith("IMO ", StringComparison.Ordinal))
                return null;
            string? expires = null;
            var dates = IssuedExpires().Match(rest);
            if (dates.Success)
            {
                rest = rest[..dates.Index];
                // Only a day-exact expiry is a date; "expires 01 Jan 2026 to 31 Dec 2026" is not one.
                var expiry = Expiry().Match(dates.Value);
                if (expiry.Success && PartialDates.ParseOfac(expiry.Groups["date"].Value) is [var full] && full.Length == 10)
                    expires = full;
            }
            string? country = null;
            var brackets = CountryInBrackets().Match(rest);
            if (brackets.Success)
            {
                country = OfacRemarks.AddCountry(brackets.Groups["country"].Value, null, report);
                rest = rest[..brackets.Index];
            }
            else if (TrailingCountry(ref rest) is { } trailing)
                country = trailing;
            var number = SubLabel().Replace(rest.Trim(), "");
            if (!IsNumber(number))
            {
                report.Note($"{where}: document number not understood, skipped: {segment}");
                return null;
            }
            return new TravelDocument(type, number, country, expires);
        }
        return null;
    }

    /// <summary>"AF465508 Colombia": OFAC sometimes forgets the brackets.</summary>
    private static string? TrailingCountry(ref string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(3, words.Length - 1); take >= 1; take--)
        {
            var tail = words[^take..];
            if (!tail.All(w => w.All(char.IsLetter) && w.Length > 3))
                continue;
            if (CountryNames.ToAlpha2(string.Join(' ', tail)) is { } code)
            {
                rest = string.Join(' ', words[..^take]);
                return code;
            }
        }
        return null;
    }

    /// <summary>A number has a digit, and no ordinary words: "OR801168 and Kuwaiti National ID No. 2810" is a sentence.</summary>
    private static bool IsNumber(string number) =>
        number.Length is > 0 and <= 40 && number.Any(char.IsDigit) && !DocumentTypes.HasOrdinaryWord(number);

    // Whatever follows "issued" or "expires" is about the document, not part of its number.
    [GeneratedRegex(@"\s+(?:issued|expires)\b.*$")]
    private static partial Regex IssuedExpires();

    [GeneratedRegex(@"\bexpires\s+(?<date>\d{1,2}\s+[A-Za-z]{3}\s+\d{4})\s*(?:issued\b.*)?$")]
    private static partial Regex Expiry();

    [GeneratedRegex(@"\s*\((?<country>[^()]*)\)\s*$")]
    private static partial Regex CountryInBrackets();

    // "CNIC: 12345": a sub-label before the number.
    [GeneratedRegex(@"^[A-Za-z.]+:\s*")]
    private static partial Regex SubLabel();
}
