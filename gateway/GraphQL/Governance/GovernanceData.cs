namespace Watchlist.Gateway.GraphQL.Governance;

/// <summary>A list policy as GET /api/lists/{list} answers it.</summary>
public sealed record ListPolicyData(string List, string OwnerAgency, bool FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays,
    int Version, DateTimeOffset ChangedAt, string ChangedBy, string? Reason);

public sealed record ListPolicyPageData(List<ListPolicyData> Items, string? NextCursor);

/// <summary>POST /api/entries/impact's answer: counts, bands and places, never a traveller.</summary>
public sealed record ImpactData(DateTimeOffset From, DateTimeOffset To, int Crossings, Dictionary<string, int> ByBand,
    List<ImpactPlaceData> ByPlace, int? Observations);

public sealed record ImpactPlaceData(string BorderPost, string Band, int Crossings);

/// <summary>One read of personal data in the access log.</summary>
public sealed record PersonalDataReadData(Guid Id, string Subject, string? Agency, string Resource, DateTimeOffset At, string? Purpose,
    string? CorrelationId);

public sealed record AccessLogPageData(List<PersonalDataReadData> Items, string? NextCursor);
