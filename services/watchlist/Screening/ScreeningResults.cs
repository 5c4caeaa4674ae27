using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

public enum Decision { Clear, Review, Match }

public sealed record Explanation(string Feature, double Score, string Detail);

public sealed record Hit(
    Guid EntryId, int EntryVersion, double Score, string Band, EntryKind Kind, string PrimaryName, string? MatchedName,
    IReadOnlyList<string> Lists, Category Category, EntryAction Action, Severity Severity, string OwnerAgency,
    IReadOnlyList<string> ReleasableTo, IReadOnlyList<Explanation> Explanation);

/// <summary>The answer to one screening: decision, hits best first, and the list position it was answered against.</summary>
public sealed record ScreeningResponse(Guid ScreeningId, DateTimeOffset ScreenedAt, Decision Decision, IReadOnlyList<Hit> Hits,
    long ListPosition, DateTimeOffset? AsOf);

public sealed record BatchResult(string? Ref, Guid ScreeningId, Decision Decision, IReadOnlyList<Hit> Hits);

public sealed record BatchScreeningResponse(IReadOnlyList<BatchResult> Results, long ListPosition);
