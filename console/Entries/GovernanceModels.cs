namespace Watchlist.WebConsole.Entries;

/// <summary>A list policy of the caller's agency as <c>GET /api/lists</c> gives it.</summary>
public sealed record ListPolicy(string List, string OwnerAgency, bool FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays,
    int Version, DateTimeOffset ChangedAt, string ChangedBy, string? Reason);

public sealed record ListPolicyPage(IReadOnlyList<ListPolicy> Items, string? NextCursor);

/// <summary>What <c>POST /api/imports/{dataset}/approve|reject</c> decided: how many listings and delistings.</summary>
public sealed record ImportDecision(string Dataset, int Listings, int Delistings);

/// <summary>The impact dry run's answer: counts only, no personal data.</summary>
public sealed record ImpactReport(DateTimeOffset From, DateTimeOffset To, int Crossings, IReadOnlyDictionary<string, int> ByBand,
    IReadOnlyList<ImpactAtPlace> ByPlace, int? Observations, IReadOnlyList<ImpactAtUnit>? ByUnit = null);

public sealed record ImpactAtPlace(string BorderPost, string Band, int Crossings);

/// <summary>Posts (observations) screened by a unit that the entry would hit.</summary>
public sealed record ImpactAtUnit(string Unit, string Band, int Observations);
