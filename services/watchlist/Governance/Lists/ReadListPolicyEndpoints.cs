using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Http;
using Watchlist.ServiceDefaults.Text;

namespace Watchlist.WatchlistService.Governance.Lists;

/// <summary>The caller's own agency's list policies; another agency's are neither shown nor counted.</summary>
public static class ReadListPolicyEndpoints
{
    private const int MaxLimit = 500;

    public static async Task<IResult> One(string list, ClaimsPrincipal user, HttpContext http, IQuerySession session,
        CancellationToken ct)
    {
        if (user.AgencyOf() is not { } agency) return PutListPolicyEndpoint.NotFound(list);
        var policy = await session.LoadAsync<ListPolicy>(ListPolicy.IdOf(agency, list), ct);
        if (policy is null) return PutListPolicyEndpoint.NotFound(list);
        http.Response.SetETag(policy.Version);
        return Results.Ok(ListPolicyResponse.From(policy));
    }

    public static async Task<IResult> All(int? limit, string? cursor, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var size = limit ?? 50;
        // A cursor is a list name this API gave out: one that decodes to control characters or broken text is not one.
        var after = KeysetCursor.Decode(cursor, k => k.Length is > 0 and <= 100 && TextPolicy.Refusal(k) is null);
        if (size is < 1 or > MaxLimit || (cursor is not null && after is null))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [size is < 1 or > MaxLimit ? "limit" : "cursor"] =
                    [size is < 1 or > MaxLimit ? $"Between 1 and {MaxLimit}." : "Not a cursor this API gave out."],
            }, title: "The listing parameters are not valid.");
        var agency = user.AgencyOf() ?? "";
        var query = session.Query<ListPolicy>().Where(p => p.OwnerAgency == agency);
        if (after is not null) query = query.Where(p => p.List.CompareTo(after) > 0);
        var page = await query.OrderBy(p => p.List).Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? KeysetCursor.Encode(page[size - 1].List) : null;
        return Results.Ok(new ListPolicyPage(page.Take(size).Select(ListPolicyResponse.From).ToList(), next));
    }

    /// <summary>Every change of the policy, oldest first: who set which terms, when, and why.</summary>
    public static async Task<IResult> History(string list, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (user.AgencyOf() is not { } agency) return PutListPolicyEndpoint.NotFound(list);
        var events = await session.Events.FetchStreamAsync(ListPolicy.IdOf(agency, list), token: ct);
        var sets = events.Select(e => e.Data).OfType<ListPolicySet>().ToList();
        if (sets.Count == 0) return PutListPolicyEndpoint.NotFound(list);
        return Results.Ok(sets.Select((s, i) => new ListPolicyChange(i + 1, s.Change.At, s.Change.Actor, s.Change.Agency, s.Change.Reason,
            s.Change.CorrelationId, s.Terms.FourEyes, s.Terms.ReviewEveryDays, s.Terms.AutoSuspendOverdueDays)).ToList());
    }
}
