namespace Watchlist.WatchlistService.Governance.Lists;

/// <summary>A list policy as the API shows it, with its last change (who, when, why).</summary>
public sealed record ListPolicyResponse(string List, string OwnerAgency, bool FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays,
    int Version, DateTimeOffset ChangedAt, string ChangedBy, string? Reason)
{
    public static ListPolicyResponse From(ListPolicy p) => new(p.List, p.OwnerAgency, p.Terms.FourEyes, p.Terms.ReviewEveryDays,
        p.Terms.AutoSuspendOverdueDays, p.Version, p.LastChange.At, p.LastChange.Actor, p.LastChange.Reason);
}

/// <summary>One change of a list policy, oldest first in its history.</summary>
public sealed record ListPolicyChange(int Version, DateTimeOffset At, string Actor, string? Agency, string? Reason, string? CorrelationId,
    bool FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays);

public sealed record ListPolicyPage(IReadOnlyList<ListPolicyResponse> Items, string? NextCursor);

/// <summary>The body of <c>PUT /api/lists/{list}</c>: the whole policy (a term left out is off), and why.</summary>
public sealed record ListPolicyRequest(bool? FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays, string? Reason);
