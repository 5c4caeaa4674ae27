using System.Text.RegularExpressions;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// Which identity documents the lists name, and as what. Only documents a person can show at a border,
/// and the national numbers printed on them, become <see cref="TravelDocument"/>s. Company registrations,
/// IMO and MMSI numbers, SWIFT codes and the like identify things an officer never sees, so they are left out.
/// </summary>
internal static partial class DocumentTypes
{
    /// <summary>OFAC remark labels, as written before the number.</summary>
    public static readonly IReadOnlyList<(string Label, DocumentType Type)> OfacLabels = OrderLongestFirst(
    [
        ("Passport", DocumentType.Passport),
        ("Diplomatic Passport", DocumentType.Passport),
        ("British National Overseas Passport", DocumentType.Passport),
        ("Passport Booklet", DocumentType.Passport),
        ("Service Passport", DocumentType.Passport),
        ("National ID No.", DocumentType.NationalId),
        ("Cedula No.", DocumentType.NationalId),
        // NIT is Colombia's and Guatemala's tax and identification number, for persons the cedula with a check digit.
        ("NIT #", DocumentType.NationalId),
        ("Identification Number", DocumentType.NationalId),
        ("D.N.I.", DocumentType.NationalId),
        ("C.U.R.P.", DocumentType.NationalId),
        ("C.U.R.P. #", DocumentType.NationalId),
        ("C.U.I.", DocumentType.NationalId),
        ("Personal ID Card", DocumentType.NationalId),
        ("Turkish Identification Number", DocumentType.NationalId),
        ("Numero de Identidad", DocumentType.NationalId),
        ("Citizen's Card Number", DocumentType.NationalId),
        ("Tazkira National ID Card", DocumentType.NationalId),
        ("Kenyan ID No.", DocumentType.NationalId),
        ("CNP (Personal Numerical Code)", DocumentType.NationalId),
        ("National Foreign ID Number", DocumentType.NationalId),
        ("LE Number", DocumentType.NationalId),
        ("N.I.E.", DocumentType.NationalId),
        ("SSN", DocumentType.NationalId),
        ("Residency Number", DocumentType.NationalId),
        ("VisaNumberID", DocumentType.Visa),
        ("Travel Document Number", DocumentType.Other),
        ("Driver's License No.", DocumentType.Other),
        ("Birth Certificate Number", DocumentType.Other),
        ("Electoral Registry No.", DocumentType.Other),
        ("Credencial electoral", DocumentType.Other),
        ("I.F.E.", DocumentType.Other),
        ("Cartilla de Servicio Militar Nacional", DocumentType.Other),
        ("Immigration No.", DocumentType.Other),
        ("Pilot License Number", DocumentType.Other),
        ("C.U.I.P.", DocumentType.Other),
        ("R.F.C.", DocumentType.Other),
        ("R.F.C. #", DocumentType.Other),
        ("RFC", DocumentType.Other),
        ("C.U.I.T.", DocumentType.Other),
        ("RUC #", DocumentType.Other),
        ("Tax ID No.", DocumentType.Other),
    ]);

    /// <summary>
    /// The UN gives a coarse type ("Passport", "National Identification Number", sometimes in French or Spanish)
    /// and often a finer one in <c>TYPE_OF_DOCUMENT2</c> ("national passport", "Birth certificate"). The finer one
    /// wins when it says something we recognise.
    /// </summary>
    public static DocumentType Un(string? type, string? detail) =>
        Classify(detail) ?? Classify(type) ?? DocumentType.Other;

    /// <summary>True when the text has a word of prose (three lower-case letters in a row), which no document number has.</summary>
    public static bool HasOrdinaryWord(string text) => OrdinaryWord().IsMatch(text);

    private static DocumentType? Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.ToLowerInvariant();
        if (OtherWords().IsMatch(t))
            return DocumentType.Other;
        if (t.Contains("passport") || t.Contains("passeport") || t.Contains("pasaporte") || t.Contains("laissez-passer"))
            return DocumentType.Passport;
        if (t.Contains("visa"))
            return DocumentType.Visa;
        if (IdWords().IsMatch(t))
            return DocumentType.NationalId;
        return null;
    }

    private static IReadOnlyList<(string, DocumentType)> OrderLongestFirst((string Label, DocumentType Type)[] labels) =>
        // "Passport Booklet" must be tried before "Passport", or "Booklet" would be read as the number.
        labels.OrderByDescending(l => l.Label.Length).ToArray();

    [GeneratedRegex(@"birth|ration|driv|voter|student|military|serviceman|certificate|other id|fardc")]
    private static partial Regex OtherWords();

    [GeneratedRegex(@"identi|national number|social security|fiscal code|tazkira|personalausweis|residen|alien registration|\bid\b")]
    private static partial Regex IdWords();

    [GeneratedRegex(@"(?:^|\s)[A-Za-z]*[a-z]{3,}[A-Za-z]*(?:\s|$)")]
    private static partial Regex OrdinaryWord();
}
