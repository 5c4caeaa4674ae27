using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Entries.Lifecycle;

namespace Watchlist.WatchlistService.Governance.FourEyes;

/// <summary>
/// The checker's side of four eyes, on the one write path: If-Match, visible to and owned by the caller's agency (another
/// agency's admin gets 404 or 403 there), a reason, and then never one of the change's makers (403).
/// </summary>
public static class ApprovalEndpoints
{
    public static Task<IResult> Approve(Guid id, ReasonRequest body, HttpContext http, EntryChanges changes, CancellationToken ct) =>
        changes.ApplyAsync(id, http, body.Reason?.Trim(), (entry, change) => Refusal(entry, change, body),
            (e, c) => new ApproveEntry(e.Id, c), ct);

    public static Task<IResult> Reject(Guid id, ReasonRequest body, HttpContext http, EntryChanges changes, CancellationToken ct) =>
        changes.ApplyAsync(id, http, body.Reason?.Trim(), (entry, change) => Refusal(entry, change, body),
            (e, c) => new RejectEntry(e.Id, c), ct);

    private static IResult? Refusal(Entry entry, Change change, ReasonRequest body) =>
        LifecycleEndpoints.ReasonMissing(body.Reason)
        ?? (entry.Pending?.IsMaker(change.Actor) == true ? MakerRefused() : null);

    public static IResult MakerRefused() => Results.Problem(statusCode: 403, title: "The maker cannot be the checker.",
        detail: "You made or shaped this change; a second admin of your agency must approve or reject it.");

    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder app)
    {
        var entries = app.MapGroup("/api/entries").WithTags("Governance");
        Map(entries, "approve", "approveEntry", Approve, "A second admin approves the pending listing or delisting");
        Map(entries, "reject", "rejectEntry", Reject, "A second admin rejects the pending listing (final) or delisting");
        return app;
    }

    private static void Map(RouteGroupBuilder entries, string action, string name, Delegate handler, string summary) =>
        entries.MapPost($"{{id:guid}}/{action}", handler).RequireAuthorization(ServiceDefaults.Auth.Policies.ManageEntries)
            .WithName(name).WithSummary($"{summary}; body {{\"reason\"}}. Needs If-Match.")
            .Produces<EntryResponse>().ProducesValidationProblem()
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
}
