using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Http;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Governance.Lists;

/// <summary>
/// Sets the caller's agency's policy for one list. The first PUT creates it (no If-Match needed, since there is no version
/// to name); later ones go through the one write path with If-Match. Sending the terms already in force changes nothing
/// and answers them, so a retried PUT is harmless.
/// </summary>
public static class PutListPolicyEndpoint
{
    private const int MaxDays = 3650;

    public static async Task<IResult> Handle(string list, ListPolicyRequest body, HttpContext http, IDocumentSession session,
        ChangeFactory changes, CancellationToken ct)
    {
        if (EntryProblems.OwnerRefusal(null, http.User.AgencyOf()) is { } refused) return refused;
        var owner = http.User.AgencyOf()!;
        if (Validate(list, body) is { Count: > 0 } errors)
            return Results.ValidationProblem(errors, title: "The list policy is not valid.");
        var terms = new ListPolicyTerms(body.FourEyes ?? false, body.ReviewEveryDays, body.AutoSuspendOverdueDays);
        var id = ListPolicy.IdOf(owner, list);

        if (http.Request.Headers.IfMatch.Count == 0)
        {
            var existing = await session.LoadAsync<ListPolicy>(id, ct);
            if (existing is not null && existing.Terms == terms) return Answer(http, existing);
            if (existing is not null) return Preconditions.ExpectedVersion(http.Request).Problem!;
            var created = Stage(session, list, owner, terms, changes.For(http, body.Reason?.Trim()), null);
            try { await session.SaveChangesAsync(ct); }
            catch (Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                return Results.Problem(statusCode: 412, title: "The list policy was just created by someone else.",
                    detail: "Read it, then send your change with its ETag in If-Match.");
            }
            http.Response.SetETag(created!.Version);
            return Results.Created($"/api/lists/{Uri.EscapeDataString(list)}", ListPolicyResponse.From(created));
        }

        var target = new StreamTarget<ListPolicy>(
            Load: (s, c) => s.LoadAsync<ListPolicy>(id, c)!,
            VersionOf: p => p.Version,
            Refusal: p => p is null ? NotFound(list) : null,
            Conflict: reason => Results.Problem(statusCode: 409, title: "Not allowed.", detail: reason),
            Response: p => ListPolicyResponse.From(p));
        return await StreamChanges.ApplyAsync(session, http.Request, target, (policy, _) =>
        {
            var after = Stage(session, list, owner, terms, changes.For(http, body.Reason?.Trim()), policy);
            return Task.FromResult(after is null ? StreamStep<ListPolicy>.Unchanged(policy) : StreamStep<ListPolicy>.Staged(after));
        }, ct);
    }

    /// <summary>Stages the decided event and the policy document in one transaction; null when nothing changes.</summary>
    private static ListPolicy? Stage(IDocumentSession session, string list, string owner, ListPolicyTerms terms, Change change,
        ListPolicy? before)
    {
        var events = ListPolicyDecider.Decide(list, owner, terms, change, before);
        if (events.Count == 0) return null;
        var after = ListPolicyDecider.Fold(before, events)!;
        session.StageEvents<ListPolicy>(after.Id, before is null, after.Version, events.ToList<object>(), change.CorrelationId);
        session.Store(after);
        return after;
    }

    private static IResult Answer(HttpContext http, ListPolicy policy)
    {
        http.Response.SetETag(policy.Version);
        return Results.Ok(ListPolicyResponse.From(policy));
    }

    public static IResult NotFound(string list) => Results.Problem(statusCode: 404, title: "No such list policy.",
        detail: $"Your agency has set no policy for the list {list}.");

    private static Dictionary<string, string[]> Validate(string list, ListPolicyRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(list) || list.Length > 100 || list.Trim() != list)
            errors["list"] = ["A list name is 1 to 100 characters, without leading or trailing spaces, as entries name it."];
        if (body.ReviewEveryDays is < 1 or > MaxDays) errors["reviewEveryDays"] = [$"Between 1 and {MaxDays} days, or left out."];
        if (body.AutoSuspendOverdueDays is < 1 or > MaxDays)
            errors["autoSuspendOverdueDays"] = [$"Between 1 and {MaxDays} days, or left out."];
        if (body.AutoSuspendOverdueDays is not null && body.ReviewEveryDays is null)
            errors["autoSuspendOverdueDays"] = ["Needs reviewEveryDays: without review dates nothing can become overdue."];
        if (body.Reason is { Length: > 2000 }) errors["reason"] = ["At most 2,000 characters."];
        return errors;
    }
}
