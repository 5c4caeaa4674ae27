using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using M = Watchlist.Matching;

namespace Watchlist.Alerts.Retro;

/// <summary>Entries and crossings in the matching engine's terms, so that re-screening scores exactly as screening does.</summary>
public static class MatchingTerms
{
    public static M.MatchableEntry EntryOf(EntrySnapshot e) => new(e.Id, e.Version, e.Kind switch
    {
        "PERSON" => M.EntryKind.Person,
        "ORGANISATION" => M.EntryKind.Organisation,
        "TRAVEL_DOCUMENT" => M.EntryKind.TravelDocument,
        _ => M.EntryKind.OnlineIdentifier,
    })
    {
        Names = e.Names.Select(n => new M.ListedName(n.Value, n.Type switch
        {
            "ALIAS" => M.NameType.Alias,
            "WEAK_ALIAS" => M.NameType.WeakAlias,
            _ => M.NameType.Primary,
        })).ToList(),
        BirthDates = e.BirthDates,
        Gender = GenderOf(e.Gender),
        Nationalities = e.Nationalities,
        Documents = e.Documents.Select(d => new M.IdentityDocument(d.Type, d.Number, d.Country)).ToList(),
        Identifiers = e.Identifiers.Select(i => new M.Identifier(IdentifierOf(i.Type), i.Value, i.Platform)).ToList(),
    };

    public static M.ScreeningQuery QueryOf(TravellerSnapshot t) => new()
    {
        Names = t.Names,
        BirthDate = t.BirthDate,
        Gender = GenderOf(t.Gender),
        Nationality = t.Nationality,
        Documents = t.Documents.Select(d => new M.IdentityDocument(d.Type ?? "OTHER", d.Number, d.Country)).ToList(),
        Identifiers = t.Identifiers.Select(i => new M.Identifier(IdentifierOf(i.Type), i.Value, i.Platform)).ToList(),
    };

    private static M.Gender GenderOf(string? gender) => gender switch
    {
        "MALE" => M.Gender.Male,
        "FEMALE" => M.Gender.Female,
        _ => M.Gender.Unknown,
    };

    private static M.IdentifierType IdentifierOf(string type) => type switch
    {
        "PHONE" => M.IdentifierType.Phone,
        "EMAIL" => M.IdentifierType.Email,
        "SOCIAL_HANDLE" => M.IdentifierType.SocialHandle,
        _ => M.IdentifierType.Website,
    };
}
