using System.Text;
using System.Text.RegularExpressions;
using Watchlist.Matching;

namespace Watchlist.WatchlistService.Entries.Input;

/// <summary>
/// Turns an <see cref="EntryInput"/> into <see cref="EntryDetails"/> with defaults and canonical
/// forms (alpha-2 countries, E.164 phones, NFC text), or into field errors a person can act on.
/// </summary>
public static partial class EntryValidator
{
    private const int MaxNameLength = 300;
    private const int MaxItems = 200;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex AgencyCode();

    [GeneratedRegex("^[A-Z0-9]{3,20}$")]
    private static partial Regex DocumentNumber();

    /// <summary>
    /// <paramref name="ownerAgency"/> is the owner from the token (listing) or the entry (amending), never from the body:
    /// the endpoints refuse a body that names another owner before they get here.
    /// </summary>
    public static (EntryDetails? Details, Dictionary<string, string[]> Errors) Validate(
        EntryInput input, string ownerAgency, DateOnly today)
    {
        var errors = new Errors();
        // A JSON null inside a list is no value at all: refused by name before anything reads the list (the fuzz suite
        // found 500s for names, identifiers and releasableTo).
        NoNulls(input.Names, "names", errors);
        NoNulls(input.BirthDates, "birthDates", errors);
        NoNulls(input.Nationalities, "nationalities", errors);
        NoNulls(input.Documents, "documents", errors);
        NoNulls(input.Identifiers, "identifiers", errors);
        NoNulls(input.Lists, "lists", errors);
        NoNulls(input.ReleasableTo, "releasableTo", errors);
        if (errors.Count > 0) return (null, errors.ToDictionary());
        if (input.Kind is null) errors.Add("kind", "Required: PERSON, ORGANISATION, TRAVEL_DOCUMENT or ONLINE_IDENTIFIER.");
        if (input.Action is null) errors.Add("action", "Required: what an officer must do on a hit, e.g. ARREST or REFUSE_ENTRY.");

        var names = Names(input.Names ?? [], errors);
        var nationalities = CountryList(input.Nationalities ?? [], "nationalities", errors);
        var documents = Documents(input.Documents ?? [], errors);
        var identifiers = Identifiers(input.Identifiers ?? [], nationalities.FirstOrDefault(), errors);
        foreach (var (date, i) in (input.BirthDates ?? []).Select((d, i) => (d, i)))
            if (!PartialDates.IsValid(date, today))
                errors.Add($"birthDates[{i}]", $"'{date}' is not a past date written YYYY, YYYY-MM or YYYY-MM-DD.");
        RequireWhatTheKindNeeds(input.Kind, names, documents, identifiers, errors);

        var owner = ownerAgency;
        if (!IsAgencyCode(owner)) errors.Add("ownerAgency", $"'{owner}' (the token's agency claim) is not an agency code such as VN-MPS.");
        var releasable = (input.ReleasableTo ?? [owner]).Distinct().ToList();
        foreach (var agency in releasable.Where(a => a != EntryDetails.Everyone && !AgencyCode().IsMatch(a)))
            errors.Add("releasableTo", $"'{agency}' is not an agency code; use codes such as KH-GDI, or [\"*\"] for every agency.");
        if (input.ValidFrom is { } from && input.ValidUntil is { } until && until <= from)
            errors.Add("validUntil", "validUntil must be later than validFrom.");
        if ((input.Lists ?? []).Any(l => string.IsNullOrWhiteSpace(l) || l.Length > 100))
            errors.Add("lists", "List names must be 1 to 100 characters.");
        if (input.Remarks is { Length: > 4000 }) errors.Add("remarks", "Remarks have at most 4000 characters.");
        if (errors.Count > 0) return (null, errors.ToDictionary());

        return (new EntryDetails(input.Kind!.Value, names, (input.BirthDates ?? []).Distinct().ToList(), input.Gender, nationalities,
            documents, identifiers, (input.Lists ?? []).Select(l => l.Trim()).Distinct().ToList(), input.Category ?? Category.Other,
            input.Action!.Value, input.Severity ?? EntryDetails.DefaultSeverity(input.Action.Value), owner, releasable,
            input.ValidFrom, input.ValidUntil, input.ReviewBy, input.Source ?? new EntrySource("manual", null), Nfc(input.Remarks)), []);
    }

    private static void NoNulls<T>(IReadOnlyList<T?>? items, string field, Errors errors)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
            if (items![i] is null) errors.Add($"{field}[{i}]", "null is not a value; leave the item out.");
    }

    public static bool IsAgencyCode(string? code) => code is not null && AgencyCode().IsMatch(code);

    private static List<EntryName> Names(IReadOnlyList<EntryName> names, Errors errors)
    {
        if (names.Count > MaxItems) errors.Add("names", $"At most {MaxItems} names.");
        for (var i = 0; i < names.Count; i++)
        {
            var value = names[i].Value;
            if (string.IsNullOrWhiteSpace(value)) errors.Add($"names[{i}].value", "A name cannot be blank.");
            else if (value.Length > MaxNameLength) errors.Add($"names[{i}].value", $"A name has at most {MaxNameLength} characters.");
        }
        var result = names.Where(n => !string.IsNullOrWhiteSpace(n.Value)).Select(n => n with { Value = Nfc(n.Value.Trim())! }).ToList();
        // Exactly one name is primary: the one marked so, else the first.
        var primary = Math.Max(0, result.FindIndex(n => n.Type == NameType.Primary));
        return result
            .Select((n, i) => i == primary
                ? n with { Type = NameType.Primary }
                : n.Type == NameType.Primary ? n with { Type = NameType.Alias } : n)
            .ToList();
    }

    private static List<string> CountryList(IReadOnlyList<string> codes, string field, Errors errors)
    {
        var result = new List<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (CountryCodes.ToAlpha2(codes[i]) is { } alpha2) result.Add(alpha2);
            else errors.Add(
                $"{field}[{i}]", $"'{codes[i]}' is not an ISO 3166-1 country code (alpha-2 such as VN, or alpha-3 such as VNM).");
        }
        return result.Distinct().ToList();
    }

    private static List<TravelDocument> Documents(IReadOnlyList<TravelDocument> documents, Errors errors)
    {
        var result = new List<TravelDocument>();
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var number = new string((d.Number ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
            if (!DocumentNumber().IsMatch(number))
                errors.Add($"documents[{i}].number", $"'{d.Number}' is not a document number (3 to 20 letters and digits).");
            string? country = null;
            if (d.Country is not null && (country = CountryCodes.ToAlpha2(d.Country)) is null)
                errors.Add($"documents[{i}].country", $"'{d.Country}' is not an ISO 3166-1 country code.");
            if (d.ExpiresOn is not null && !DateOnly.TryParseExact(d.ExpiresOn, "yyyy-MM-dd", out _))
                errors.Add($"documents[{i}].expiresOn", $"'{d.ExpiresOn}' is not a date written YYYY-MM-DD.");
            result.Add(d with { Number = number, Country = country });
        }
        return result.Distinct().ToList();
    }

    private static List<OnlineIdentifier> Identifiers(IReadOnlyList<OnlineIdentifier> identifiers, string? region, Errors errors)
    {
        var result = new List<OnlineIdentifier>();
        for (var i = 0; i < identifiers.Count; i++)
        {
            var id = identifiers[i];
            var (value, platform, error) =
                IdentifierForms.Canonical(id.Type, id.Value ?? "", id.Platform?.Trim().ToLowerInvariant(), region);
            if (error is not null) errors.Add($"identifiers[{i}].value", error);
            else result.Add(id with { Value = value!, Platform = platform });
        }
        return result.Distinct().ToList();
    }

    private static void RequireWhatTheKindNeeds(
        EntryKind? kind, List<EntryName> names, List<TravelDocument> documents, List<OnlineIdentifier> identifiers, Errors errors)
    {
        if (kind is EntryKind.Person or EntryKind.Organisation && names.Count == 0)
            errors.Add("names", "A person or organisation needs at least one name.");
        if (kind is EntryKind.TravelDocument && documents.Count == 0)
            errors.Add("documents", "A travel-document entry needs the document.");
        if (kind is EntryKind.OnlineIdentifier && identifiers.Count == 0)
            errors.Add("identifiers", "An online-identifier entry needs the phone number, e-mail, handle or website.");
    }

    private static string? Nfc(string? text) => text?.Normalize(NormalizationForm.FormC);

    private sealed class Errors : Dictionary<string, List<string>>
    {
        public void Add(string field, string message)
        {
            if (!TryGetValue(field, out var list)) this[field] = list = [];
            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() => this.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
