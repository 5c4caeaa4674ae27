using Watchlist.Contracts.Screening;

namespace Watchlist.Alerts.Alerts;

/// <summary>
/// What an alert is about, fixed when it is raised: the entry as it hit, the traveller as screened, where.
/// <paramref name="DedupKey"/> is (entry, traveller identity, border post); <paramref name="TravellerIdentity"/> alone is
/// what false-positive memory remembers. The identity is a keyed pseudonym (<see cref="Retention.AlertPrivacy.IdentityOf"/>),
/// so that dedup works across the retention period without keeping a document number or name in clear; alerts stored before
/// that hold it in clear until the migration keys them (<see cref="Retention.AlertIdentityKeying"/>).
/// <paramref name="ScreeningAgency"/> is the agency whose screening raised the alert, and
/// <paramref name="Audience"/> who may see it (the entry's owner and that agency); both are null in alerts stored before
/// audiences existed, until the migration settles them (<see cref="Migration.AudienceSettlement"/>), and such an alert is seen by nobody.
/// <paramref name="ReleasableTo"/> is the entry's as of the latest hit, shown but never used to decide who sees the alert.
/// A content alert (a screened post hit the entry) has an empty <paramref name="BorderPost"/>, the <paramref name="Unit"/> that screened
/// the post, and <paramref name="Post"/>: its URL or <c>sha256:</c> text hash; its <paramref name="TravellerIdentity"/> is keyed from
/// <c>post:</c> and that key.
/// <paramref name="PseudonymisedAt"/> is when retention replaced <paramref name="Traveller"/> and <paramref name="Post"/> with keyed
/// pseudonyms.
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
    bool Retro,
    string? ScreeningAgency = null,
    AlertAudience? Audience = null,
    string? Unit = null,
    string? Post = null,
    DateTimeOffset? PseudonymisedAt = null)
{
    /// <summary>The border post of a border alert; null for a content alert, which has a <see cref="Unit"/> instead.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ShownBorderPost => Unit is null ? BorderPost : null;
}

/// <summary>One screening that hit: the first one raises the alert, later ones repeat it.</summary>
public sealed record HitRecord(Guid ScreeningId, DateTimeOffset ScreenedAt, int EntryVersion, double Score, string Band,
    IReadOnlyList<string> ReleasableTo, bool Retro);
