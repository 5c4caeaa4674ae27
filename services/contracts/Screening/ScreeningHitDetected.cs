namespace Watchlist.Contracts.Screening;

/// <summary>
/// One hit of one screening: enough for the alerts service to open or update an alert without
/// calling back, and to route it (border post) and restrict it (the entry's releasability).
/// A batch publishes one of these per hit, never one per passenger.
/// </summary>
public sealed record ScreeningHitDetected(
    Guid ScreeningId,
    DateTimeOffset ScreenedAt,
    string? TravellerRef,
    TravellerSnapshot Traveller,
    ScreeningContextSnapshot Context,
    HitSnapshot Hit,
    string Actor,
    string? Agency,
    bool Retro);

public sealed record TravellerSnapshot(
    IReadOnlyList<string> Names, string? BirthDate, string? Gender, string? Nationality,
    IReadOnlyList<TravellerDocument> Documents, IReadOnlyList<TravellerIdentifier> Identifiers);

public sealed record TravellerDocument(string? Type, string Number, string? Country);

public sealed record TravellerIdentifier(string Type, string Value, string? Platform);

/// <summary>
/// Where and how a screening happened. A border crossing has a <paramref name="BorderPost"/>; a screened online post (a content
/// observation) has an empty one and instead the <paramref name="Unit"/> that screened it, and <paramref name="Post"/>: its URL, or
/// <c>sha256:</c> and the hash of its text when it had none. Routing and dedup use the unit and the post as they use the border post
/// and the traveller.
/// </summary>
public sealed record ScreeningContextSnapshot(string BorderPost, string? Direction, string? Flight, string? Unit = null,
    string? Post = null);

public sealed record HitSnapshot(
    Guid EntryId, int EntryVersion, double Score, string Band, string Kind, string PrimaryName, string? MatchedName,
    IReadOnlyList<string> Lists, string Category, string Action, string Severity, string OwnerAgency, IReadOnlyList<string> ReleasableTo);
