using Marten;

namespace Watchlist.WatchlistService.Governance.Lists;

/// <summary>What an entry's lists ask of it, all of its owner's policies together: the strictest term of each wins.</summary>
public sealed record EffectivePolicy(bool FourEyes, int? ReviewEveryDays, int? AutoSuspendOverdueDays)
{
    public static readonly EffectivePolicy None = new(false, null, null);

    public static EffectivePolicy Of(IEnumerable<ListPolicyTerms> terms)
    {
        var all = terms.ToList();
        return new(all.Any(t => t.FourEyes), all.Min(t => t.ReviewEveryDays), all.Min(t => t.AutoSuspendOverdueDays));
    }

    /// <summary>The review date a listing or a review sets: the one asked for, but never later than the policy allows.</summary>
    public DateOnly? ReviewBy(DateOnly today, DateOnly? asked) =>
        ReviewEveryDays is not { } days ? asked
        : asked is { } a && a < today.AddDays(days) ? a
        : today.AddDays(days);
}

public static class ListPolicies
{
    /// <summary>The policies <paramref name="owner"/> set on any of <paramref name="lists"/>; another agency's never apply.</summary>
    public static async Task<EffectivePolicy> ForAsync(this IQuerySession session, string owner, IReadOnlyList<string> lists,
        CancellationToken ct)
    {
        if (lists.Count == 0) return EffectivePolicy.None;
        var ids = lists.Select(l => ListPolicy.IdOf(owner, l)).ToArray();
        var policies = await session.LoadManyAsync<ListPolicy>(ct, ids);
        return EffectivePolicy.Of(policies.Select(p => p.Terms));
    }
}
