using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// What an alert is about, fixed when it is raised: the entry as it hit, the traveller as screened, where.
/// <paramref name="DedupKey"/> is (entry, traveller identity, border post); <paramref name="TravellerIdentity"/> alone is
/// what false-positive memory remembers.
/// </summary>
public sealed record AlertFacts(
    string DedupKey,
    string TravellerIdentity,
    Guid EntryId,
    int EntryVersion,
    string EntryName,
    string? MatchedName,
    string Action,
    string Category,
    IReadOnlyList<string> Lists,
    string BorderPost,
    TravellerSnapshot Traveller,
    double Score,
    string Band,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    bool Retro);

/// <summary>One screening that hit: the first one raises the alert, later ones repeat it.</summary>
public sealed record HitRecord(Guid ScreeningId, DateTimeOffset ScreenedAt, int EntryVersion, double Score, string Band,
    IReadOnlyList<string> ReleasableTo, bool Retro);
