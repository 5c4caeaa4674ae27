namespace Watchlist.Alerts.FalsePositives;

/// <summary>
/// A remembered false positive: this traveller is not this entry. While <see cref="Active"/>, later hits of the pair
/// open no alert but are counted on <see cref="AlertId"/>. Never deleted, only ended (by hand, by reopening the alert,
/// or because the entry changed materially), so the memory stays auditable. It is memory of one screening agency's alert:
/// only that agency's later hits count on it, and only its alert's <see cref="Audience"/> sees it. Records stored before
/// audiences existed have neither until the migration settles their alert; until then they match no hit and nobody sees them.
/// </summary>
public sealed record FalsePositive(
    Guid Id,
    Guid EntryId,
    string TravellerIdentity,
    Guid AlertId,
    string EntryName,
    string OwnerAgency,
    string? ScreeningAgency,
    IReadOnlyList<string>? Audience,
    string RecordedBy,
    string? RecordedByAgency,
    DateTimeOffset RecordedAt,
    bool Active,
    DateTimeOffset? EndedAt,
    string? EndedBy,
    string? EndedBecause)
{
    public bool IsVisibleTo(string? agency) => new AlertAudience(Audience ?? []).Includes(agency);

    public FalsePositive End(string by, string because, DateTimeOffset at) =>
        this with { Active = false, EndedAt = at, EndedBy = by, EndedBecause = because };
}
