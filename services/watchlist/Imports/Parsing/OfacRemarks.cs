using System.Text.RegularExpressions;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>What the remarks of one OFAC SDN row say about the entry, in the order they say it.</summary>
internal sealed class OfacRemarkFacts
{
    public List<string> BirthDates { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<TravelDocument> Documents { get; } = [];
    public List<OnlineIdentifier> Identifiers { get; } = [];
    public List<string> WeakAliases { get; } = [];
    public Gender? Gender { get; set; }
}

/// <summary>
/// Reads the facts OFAC keeps in the free-text <c>remarks</c> of sdn.csv: <c>DOB 08 Jun 1973; alt. DOB 1975;
/// nationality Iran; Passport A123 (Iran) expires 01 Jan 2020; Gender Male; a.k.a. 'ABU X'.</c>
/// Segments are separated by <c>;</c> and an <c>alt.</c> prefix only means "another one". Segments we do not
/// use (places of birth, "Linked To:", registration numbers) are ignored.
/// </summary>
internal static partial class OfacRemarks
{
    public static OfacRemarkFacts Parse(string? remarks, ImportReport report, string where)
    {
        var facts = new OfacRemarkFacts();
        if (remarks is null)
            return facts;
        var segments = remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            // The remarks end with a full stop; it belongs to no segment. (OFAC may also cut very long remarks short.)
            var segment = i == segments.Length - 1 && segments[i].EndsWith('.') ? segments[i][..^1] : segments[i];
            Read(AltPrefix().Replace(segment, ""), facts, report, where);
        }
        return facts;
    }

    private static void Read(string segment, OfacRemarkFacts facts, ImportReport report, string where)
    {
        Match m;
        if ((m = WeakAka().Match(segment)).Success)
        {
            // In the legacy files OFAC lists only its "weak" aliases in remarks; the strong ones are in alt.csv.
            var name = NameText.Clean(m.Groups["name"].Value);
            if (m.Groups["closed"].Success && name.Length > 0)
                facts.WeakAliases.Add(name);
            else
                report.Note($"{where}: weak alias cut short in remarks, skipped: {segment}");
        }
        else if ((m = Dob().Match(segment)).Success)
        {
            var dates = PartialDates.ParseOfac(m.Groups["date"].Value);
            if (dates is null || dates.Count == 0)
                report.Note($"{where}: birth date not understood or too vague, skipped: {segment}");
            else
                facts.BirthDates.AddRange(dates);
        }
        else if ((m = Nationality().Match(segment)).Success)
            AddCountry(m.Groups["country"].Value, facts.Nationalities, report);
        else if ((m = GenderPattern().Match(segment)).Success)
            facts.Gender = m.Groups["gender"].Value.Equals("Male", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
        else if ((m = Email().Match(segment)).Success)
            facts.Identifiers.Add(new OnlineIdentifier(IdentifierType.Email, m.Groups["value"].Value.TrimEnd('.', ','), null));
        else if ((m = Website().Match(segment)).Success)
            facts.Identifiers.Add(new OnlineIdentifier(IdentifierType.Website, m.Groups["value"].Value.TrimEnd('.', ','), null));
        else if ((m = Phone().Match(segment)).Success)
        {
            if (E164(m.Groups["value"].Value) is { } phone)
                facts.Identifiers.Add(new OnlineIdentifier(IdentifierType.Phone, phone, null));
        }
        else if (OfacDocuments.Read(segment, report, where) is { } document)
            facts.Documents.Add(document);
    }

    /// <summary>Maps a country and adds it to <paramref name="into"/>; an unknown name is reported, not guessed.</summary>
    internal static string? AddCountry(string name, List<string>? into, ImportReport report)
    {
        if (CountryNames.IsBlank(name))
            return null;
        var code = CountryNames.ToAlpha2(name);
        if (code is null)
            report.UnmappedCountry(name.Trim());
        else
            into?.Add(code);
        return code;
    }

    /// <summary>
    /// E.164 only when the number carries its country code: written with <c>+</c>, <c>00</c> or a bracketed code,
    /// or long enough that it must. A local number would be a guess at the country, and a wrong one.
    /// </summary>
    internal static string? E164(string raw)
    {
        var text = raw.Split('/', ',')[0];
        var ext = text.IndexOf("ext", StringComparison.OrdinalIgnoreCase);
        if (ext > 0)
            text = text[..ext];
        text = text.Replace("(0)", "").Trim();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text.StartsWith("00", StringComparison.Ordinal))
            digits = digits[2..];
        var international = text.StartsWith('+') || text.StartsWith("00", StringComparison.Ordinal) || text.StartsWith('(')
            || (digits.Length >= 11 && digits[0] != '0');
        return international && digits.Length is >= 8 and <= 15 && digits[0] != '0' ? "+" + digits : null;
    }

    [GeneratedRegex(@"^alt\.\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AltPrefix();

    [GeneratedRegex(@"^[afn]\.k\.a\.\s+'(?<name>.*?)(?<closed>')?$")]
    private static partial Regex WeakAka();

    [GeneratedRegex(@"^DOB\s+(?<date>.+)$")]
    private static partial Regex Dob();

    // "Nationality of Registration X" is an organisation's or a ship's country, its nationality all the same.
    [GeneratedRegex(@"^(?:nationality(?:\s+of\s+registration)?|citizen)\s+(?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Nationality();

    [GeneratedRegex(@"^Gender\s+(?<gender>Male|Female)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenderPattern();

    [GeneratedRegex(@"^e-?mail(?:\s+address)?\s*:?\s*(?<value>[^\s@]+@\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"^website\s*:?\s*(?<value>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Website();

    // Fax numbers are left out: nobody travels with one.
    [GeneratedRegex(@"^(?:phone|telephone)(?:\s+(?:no\.|number))?\s*:?\s*(?<value>[+(0-9].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
