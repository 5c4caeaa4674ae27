namespace Watchlist.Matching;

public sealed record ScreeningHit(
    Guid EntryId,
    int EntryVersion,
    EntryKind Kind,
    double Score,
    MatchBand Band,
    string? MatchedName,
    IReadOnlyList<MatchEvidence> Explanation);
