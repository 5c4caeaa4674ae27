namespace Watchlist.Alerts.FalsePositives;

/// <summary>
/// A remembered false positive: this traveller is not this entry. While <see cref="Active"/>, later hits of the pair
/// open no alert but are counted on <see cref="AlertId"/>. Never deleted, only ended (by hand, by reopening the alert,
/// or because the entry changed materially), so the memory stays auditable.
/// </summary>
public sealed record FalsePositive(
    Guid Id,
    Guid EntryId,
    string TravellerIdentity,
    Guid AlertId,
    string EntryName,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    string RecordedBy,
    string? RecordedByAgency,
    DateTimeOffset RecordedAt,
    bool Active,
    DateTimeOffset? EndedAt,
    string? EndedBy,
    string? EndedBecause)
{
    public bool IsVisibleTo(string? agency) =>
        ReleasableTo.Contains("*") || (agency is not null && (agency == OwnerAgency || ReleasableTo.Contains(agency)));

    public FalsePositive End(string by, string because, DateTimeOffset at) =>
        this with { Active = false, EndedAt = at, EndedBy = by, EndedBecause = because };
}
