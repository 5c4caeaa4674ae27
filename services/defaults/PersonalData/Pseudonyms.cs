using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Watchlist.Contracts.Screening;

namespace Watchlist.ServiceDefaults.PersonalData;

/// <summary>
/// Keyed pseudonyms: HMAC-SHA256 under <see cref="PersonalDataSettings.PseudonymKey"/> over a kind and the normalised value,
/// so the same person maps to the same pseudonym in every record and every service, and nobody without the key can go
/// back (names and document numbers are too few to be safe behind a plain hash). Normalised: accents, case, spaces and
/// punctuation do not count, so "Nguyễn Văn A" and "NGUYEN VAN A" are one person, as the screening engine would see them.
/// </summary>
public sealed class Pseudonyms(PersonalDataSettings settings)
{
    /// <summary>Every pseudonym starts with this, so a reader (and a test) can tell one from a clear value.</summary>
    public const string Prefix = "psn:";

    public string Of(string kind, string value)
    {
        var bytes = HMACSHA256.HashData(settings.PseudonymKey, Encoding.UTF8.GetBytes($"{kind}\n{Normalise(value)}"));
        return $"{Prefix}{kind}:{Convert.ToHexStringLower(bytes.AsSpan(0, 10))}";
    }

    public string? OfOptional(string kind, string? value) => value is null ? null : Of(kind, value);

    /// <summary>
    /// The pseudonym of a value that is already canonical, taken exactly as given: a dedup key's traveller identity or a post's
    /// address, where <see cref="Normalise"/> would merge two that differ in punctuation only (a.b@x and a_b@x).
    /// </summary>
    public string OfExact(string kind, string canonical)
    {
        var bytes = HMACSHA256.HashData(settings.PseudonymKey, Encoding.UTF8.GetBytes($"{kind}\n\n{canonical}"));
        return $"{Prefix}{kind}:{Convert.ToHexStringLower(bytes.AsSpan(0, 10))}";
    }

    /// <summary>The traveller as the integration events carry it (crossings, alerts), with the kinds screening records use.</summary>
    public TravellerSnapshot Of(TravellerSnapshot t) => t with
    {
        Names = [.. t.Names.Select(n => Of("name", n))],
        BirthDate = OfOptional("birthDate", t.BirthDate),
        Documents = [.. t.Documents.Select(d => d with { Number = Of("document", d.Number) })],
        Identifiers = [.. t.Identifiers.Select(i => i with { Value = Of(IdentifierKind(i.Type), i.Value) })],
    };

    /// <summary>PHONE, Phone and phone are one kind; SOCIAL_HANDLE and SocialHandle too.</summary>
    public static string IdentifierKind(string? type) =>
        type?.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() ?? "identifier";

    public static bool IsPseudonym(string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string Normalise(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) text.Append(char.ToUpperInvariant(c));
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }
        return text.ToString().Trim().Replace("Đ", "D", StringComparison.Ordinal);
    }
}
