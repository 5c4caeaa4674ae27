using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Entries.Lifecycle;
using Watchlist.WatchlistService.Imports;

namespace Watchlist.WatchlistService.Governance.FourEyes;

/// <summary>What a checker's decision on a whole import did.</summary>
public sealed record ImportApproval(string Dataset, int Listings, int Delistings);

/// <summary>
/// An import into a four-eyes list is checked as a whole: a public list's edition is one act of its publisher, and thousands of
/// entries checked one by one would be approved without being read. A second admin approves (or rejects) every listing and
/// delisting of the dataset that waits for one, in one transaction, each recorded on its entry under the checker's name. If
/// the checker made or shaped any of them, nothing is decided (403). Done twice, the second finds nothing pending.
/// </summary>
public static class ImportApprovalEndpoint
{
    public static Task<IResult> Approve(string dataset, ReasonRequest body, HttpContext http, IDocumentSession session,
        ChangeFactory changes, EarlyPublisher early, CancellationToken ct) =>
        DecideAsync(dataset, body, http, session, changes, early, (id, c) => new ApproveEntry(id, c), ct);

    public static Task<IResult> Reject(string dataset, ReasonRequest body, HttpContext http, IDocumentSession session,
        ChangeFactory changes, EarlyPublisher early, CancellationToken ct) =>
        DecideAsync(dataset, body, http, session, changes, early, (id, c) => new RejectEntry(id, c), ct);

    private static async Task<IResult> DecideAsync(string dataset, ReasonRequest body, HttpContext http, IDocumentSession session,
        ChangeFactory changes, EarlyPublisher early, Func<Guid, Change, IEntryCommand> command, CancellationToken ct)
    {
        if (!ImportSources.Datasets.Contains(dataset))
            return Results.Problem(
                statusCode: 404, title: "Unknown dataset.", detail: $"Datasets: {string.Join(", ", ImportSources.Datasets)}.");
        if (EntryProblems.OwnerRefusal(null, http.User.AgencyOf()) is { } refused) return refused;
        if (LifecycleEndpoints.ReasonMissing(body.Reason) is { } missing) return missing;
        var owner = http.User.AgencyOf()!;
        var change = changes.For(http, body.Reason!.Trim());
        var views = await session.Query<EntryView>().Where(v => v.SourceDataset == dataset && v.OwnerAgency == owner).ToListAsync(ct);
        var pending = views.Select(v => v.Entry).Where(e => e.Pending is not null).ToList();
        if (pending.Any(e => e.Pending!.IsMaker(change.Actor))) return ApprovalEndpoints.MakerRefused();

        foreach (var entry in pending) session.AppendEntry(entry, EntryDecider.Decide(command(entry.Id, change), entry));
        var staged = session.PendingChanges.Streams().SelectMany(s => s.Events).ToList();
        try { await session.SaveChangesAsync(ct); }
        catch (JasperFx.ConcurrencyException)
        {
            return Results.Problem(statusCode: 409, title: "The entries changed while deciding.",
                detail: "An import or an admin changed entries of this dataset meanwhile; nothing was decided. " +
                    "Look again and decide again.");
        }
        early.PublishCommitted(staged);
        return Results.Ok(new ImportApproval(dataset, pending.Count(e => e.Pending!.Kind == PendingKind.Listing),
            pending.Count(e => e.Pending!.Kind == PendingKind.Delisting)));
    }

    public static IEndpointRouteBuilder MapImportApprovals(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Governance");
        imports.MapPost("{dataset}/approve", Approve).RequireAuthorization(Policies.ManageEntries)
            .WithName("approveImport").WithSummary("A second admin approves every pending listing and delisting of the dataset.")
            .Produces<ImportApproval>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        imports.MapPost("{dataset}/reject", Reject).RequireAuthorization(Policies.ManageEntries)
            .WithName("rejectImport").WithSummary("A second admin rejects every pending listing and delisting of the dataset.")
            .Produces<ImportApproval>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        return app;
    }
}
