using Watchlist.WatchlistService.Entries;
using M = Watchlist.Matching;

namespace Watchlist.WatchlistService.Screening;

/// <summary>Our entries in the matching engine's terms; the engine knows nothing of Marten or HTTP.</summary>
public static class MatchableEntries
{
    public static M.MatchableEntry From(Entry entry)
    {
        var d = entry.Details;
        return new M.MatchableEntry(entry.Id, entry.Version, Kind(d.Kind))
        {
            Names = d.Names.Select(n => new M.ListedName(n.Value, n.Type switch
            {
                NameType.Alias => M.NameType.Alias,
                NameType.WeakAlias => M.NameType.WeakAlias,
                _ => M.NameType.Primary,
            })).ToList(),
            BirthDates = d.BirthDates,
            Gender = Gender(d.Gender),
            Nationalities = d.Nationalities,
            Documents = d.Documents.Select(x => new M.IdentityDocument(x.Type.ToString(), x.Number, x.Country)).ToList(),
            Identifiers = d.Identifiers.Select(x => new M.Identifier(Identifier(x.Type), x.Value, x.Platform)).ToList(),
        };
    }

    public static M.Gender Gender(Gender? gender) => gender switch
    {
        Entries.Gender.Male => M.Gender.Male,
        Entries.Gender.Female => M.Gender.Female,
        _ => M.Gender.Unknown,
    };

    public static M.IdentifierType Identifier(IdentifierType type) => type switch
    {
        IdentifierType.Phone => M.IdentifierType.Phone,
        IdentifierType.Email => M.IdentifierType.Email,
        IdentifierType.SocialHandle => M.IdentifierType.SocialHandle,
        _ => M.IdentifierType.Website,
    };

    private static M.EntryKind Kind(EntryKind kind) => kind switch
    {
        EntryKind.Person => M.EntryKind.Person,
        EntryKind.Organisation => M.EntryKind.Organisation,
        EntryKind.TravelDocument => M.EntryKind.TravelDocument,
        _ => M.EntryKind.OnlineIdentifier,
    };
}
