using Watchlist.ServiceDefaults.Auth;
using Watchlist.WatchlistService.Entries.Amending;
using Watchlist.WatchlistService.Entries.Lifecycle;
using Watchlist.WatchlistService.Entries.Listing;
using Watchlist.WatchlistService.Entries.Reading;

namespace Watchlist.WatchlistService.Entries;

public static class EntryEndpoints
{
    public static IEndpointRouteBuilder MapEntries(this IEndpointRouteBuilder app)
    {
        var entries = app.MapGroup("/api/entries").WithTags("Entries");
        entries.MapPost("", ListEntryEndpoint.Handle).RequireAuthorization(Policies.ManageEntries)
            .WithName("listEntry").WithSummary("Lists a new entry. Accepts Idempotency-Key.")
            .Produces<EntryResponse>(201).ProducesValidationProblem().ProducesProblem(422);
        entries.MapGet("", ListEntriesEndpoint.Handle).RequireAuthorization(Policies.ReadEntries)
            .WithName("listEntries")
            .WithSummary("Entries newest first; q matches names; pending=true keeps those waiting for a second admin.")
            .Produces<EntryPage>().ProducesValidationProblem();
        entries.MapGet("{id:guid}", GetEntryEndpoint.Handle).RequireAuthorization(Policies.ReadEntries)
            .WithName("getEntry").WithSummary("The entry now, or exactly as it was at asOf.")
            .Produces<EntryResponse>().ProducesProblem(404);
        entries.MapGet("{id:guid}/history", EntryHistoryEndpoint.Handle).RequireAuthorization(Policies.ReadEntries)
            .WithName("getEntryHistory").WithSummary("Every change, oldest first.")
            .Produces<IReadOnlyList<EntryChange>>().ProducesProblem(404);
        entries.MapPatch("{id:guid}", AmendEntryEndpoint.Handle).RequireAuthorization(Policies.ManageEntries)
            .WithName("amendEntry").WithSummary("JSON merge patch of the changeable fields, with an optional reason. Needs If-Match.")
            .Accepts<Dictionary<string, object>>("application/merge-patch+json", "application/json")
            .Produces<EntryResponse>().ProducesValidationProblem()
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        MapLifecycle(entries, "suspend", "suspendEntry", LifecycleEndpoints.Suspend);
        MapLifecycle(entries, "reinstate", "reinstateEntry", LifecycleEndpoints.Reinstate);
        MapLifecycle(entries, "delist", "delistEntry", LifecycleEndpoints.Delist);
        MapLifecycle(entries, "review", "reviewEntry", LifecycleEndpoints.Review);
        return app;
    }

    private static void MapLifecycle(RouteGroupBuilder entries, string action, string name, Delegate handler) =>
        entries.MapPost($"{{id:guid}}/{action}", handler).RequireAuthorization(Policies.ManageEntries)
            .WithName(name).WithSummary($"{char.ToUpperInvariant(action[0])}{action[1..]}s the entry; body {{\"reason\"}}. Needs If-Match.")
            .Produces<EntryResponse>().ProducesValidationProblem()
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
}
