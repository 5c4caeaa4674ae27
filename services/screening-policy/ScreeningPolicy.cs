using Microsoft.Extensions.Configuration;
using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using Watchlist.Matching;

namespace Watchlist.Policy;

/// <summary>
/// The one screening policy of the platform: the band thresholds, read once from the <c>Screening</c> section
/// (<c>Screening__MatchThreshold</c>, <c>Screening__ReviewThreshold</c>) by every service that screens, and the one way to
/// put entries and travellers into the engine's terms. Live screening and retro-screening both go through it, so the
/// same traveller and entry get the same band on both sides of the list position.
/// </summary>
public sealed record ScreeningPolicy(MatchThresholds Thresholds)
{
    public static ScreeningPolicy From(IConfiguration configuration) => new(new MatchThresholds(
        configuration.GetValue("Screening:MatchThreshold", MatchThresholds.Default.Match),
        configuration.GetValue("Screening:ReviewThreshold", MatchThresholds.Default.Review)));

    /// <summary>The engine's answer as the API names it.</summary>
    public static string BandName(MatchBand band) => band == MatchBand.Match ? "MATCH" : "REVIEW";

    /// <summary>Scores are shown and carried rounded to three places, live and retro alike.</summary>
    public static double Rounded(double score) => Math.Round(score, 3);

    public ScreeningOptions Options(int limit, Func<Guid, bool>? isEligible = null) =>
        new() { Thresholds = Thresholds, MaxResults = limit, IsEligible = isEligible };

    public static MatchableEntry EntryOf(EntrySnapshot e) => new(e.Id, e.Version, e.Kind switch
    {
        "PERSON" => EntryKind.Person,
        "ORGANISATION" => EntryKind.Organisation,
        "TRAVEL_DOCUMENT" => EntryKind.TravelDocument,
        _ => EntryKind.OnlineIdentifier,
    })
    {
        Names = e.Names.Select(n => new ListedName(n.Value, n.Type switch
        {
            "ALIAS" => NameType.Alias,
            "WEAK_ALIAS" => NameType.WeakAlias,
            _ => NameType.Primary,
        })).ToList(),
        BirthDates = e.BirthDates,
        Gender = GenderOf(e.Gender),
        Nationalities = e.Nationalities,
        Documents = e.Documents.Select(d => new IdentityDocument(d.Type, d.Number, d.Country)).ToList(),
        Identifiers = e.Identifiers.Select(i => new Identifier(IdentifierOf(i.Type), i.Value, i.Platform)).ToList(),
    };

    /// <summary>
    /// A traveller as screened at a place (a border post; null where the identifiers are already international). A phone in
    /// national form is read in the place's country, else in the traveller's nationality (<see cref="PhoneRegionOf"/>).
    /// </summary>
    public static ScreeningQuery QueryOf(TravellerSnapshot t, string? place) => new()
    {
        Names = t.Names.Where(n => !string.IsNullOrWhiteSpace(n)).ToList(),
        BirthDate = t.BirthDate,
        Gender = GenderOf(t.Gender),
        Nationality = t.Nationality,
        Documents = t.Documents.Select(d => new IdentityDocument(d.Type ?? "OTHER", d.Number, d.Country)).ToList(),
        Identifiers = t.Identifiers.Select(i => new Identifier(IdentifierOf(i.Type), i.Value, i.Platform)).ToList(),
        DefaultRegion = PhoneRegionOf(t, place),
    };

    /// <summary>
    /// A traveller indexed the way the engine indexes entries, for retro-screening's in-memory index of crossings. It only
    /// finds candidates (<see cref="ScreeningIndex.Candidates"/> with <see cref="LookupOf"/>): each candidate is then scored in
    /// the usual direction, <see cref="QueryOf"/> against <see cref="EntryOf"/>, so no band ever comes from this side.
    /// </summary>
    public static MatchableEntry IndexedTravellerOf(Guid crossingId, TravellerSnapshot t, string? place) =>
        new(crossingId, 1, EntryKind.Person)
        {
            Names = t.Names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new ListedName(n, NameType.Primary)).ToList(),
            BirthDates = t.BirthDate is { Length: > 0 } born ? [born] : [],
            Gender = GenderOf(t.Gender),
            Nationalities = t.Nationality is { Length: > 0 } nationality ? [nationality] : [],
            // The region a national phone number is read in, as QueryOf reads it for this traveller at this place.
            PhoneRegion = PhoneRegionOf(t, place),
            Documents = t.Documents.Select(d => new IdentityDocument(d.Type ?? "OTHER", d.Number, d.Country)).ToList(),
            Identifiers = t.Identifiers.Select(i => new Identifier(IdentifierOf(i.Type), i.Value, i.Platform)).ToList(),
        };

    /// <summary>An entry as a lookup in the index of crossings: every name, document and identifier it is listed with.</summary>
    public static ScreeningQuery LookupOf(EntrySnapshot e) => new()
    {
        Names = e.Names.Select(n => n.Value).Where(n => !string.IsNullOrWhiteSpace(n)).ToList(),
        Nationality = e.Nationalities.FirstOrDefault(),
        Documents = e.Documents.Select(d => new IdentityDocument(d.Type, d.Number, d.Country)).ToList(),
        Identifiers = e.Identifiers.Select(i => new Identifier(IdentifierOf(i.Type), i.Value, i.Platform)).ToList(),
        DefaultRegion = CountryCodes.ToAlpha2(e.Nationalities.FirstOrDefault()),
    };

    /// <summary>
    /// A traveller gives a phone in national form as it is dialled where they are asked: the border post's (or unit's)
    /// country comes first, then the traveller's nationality (issue 14).
    /// </summary>
    public static string? PhoneRegionOf(TravellerSnapshot t, string? place) =>
        CountryOfPlace(place) ?? CountryCodes.ToAlpha2(t.Nationality);

    /// <summary>Border posts, units and agencies are named country first: "VN-TSN", "VN-A05", "KH-GDI", or just "KH".</summary>
    public static string? CountryOfPlace(string? place)
    {
        if (string.IsNullOrWhiteSpace(place)) return null;
        var dash = place.IndexOf('-');
        return CountryCodes.ToAlpha2(dash < 0 ? place.Trim() : place[..dash]);
    }

    private static Gender GenderOf(string? gender) => gender switch
    {
        "MALE" => Gender.Male,
        "FEMALE" => Gender.Female,
        _ => Gender.Unknown,
    };

    private static IdentifierType IdentifierOf(string type) => type switch
    {
        "PHONE" => IdentifierType.Phone,
        "EMAIL" => IdentifierType.Email,
        "SOCIAL_HANDLE" => IdentifierType.SocialHandle,
        _ => IdentifierType.Website,
    };
}
