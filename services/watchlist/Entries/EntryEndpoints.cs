using Watchlist.ServiceDefaults.Auth;
using Watchlist.WatchlistService.Entries.Listing;
using Watchlist.WatchlistService.Entries.Reading;

namespace Watchlist.WatchlistService.Entries;

public static class EntryEndpoints
{
    public static IEndpointRouteBuilder MapEntries(this IEndpointRouteBuilder app)
    {
        var entries = app.MapGroup("/api/entries").WithTags("Entries");
        entries.MapPost("", ListEntryEndpoint.Handle).RequireAuthorization(Policies.ManageEntries)
            .WithName("listEntry").WithSummary("Lists a new entry.")
            .Produces<EntryResponse>(201).ProducesValidationProblem();
        entries.MapGet("{id:guid}", GetEntryEndpoint.Handle).RequireAuthorization(Policies.ReadEntries)
            .WithName("getEntry").WithSummary("The entry now, or exactly as it was at asOf.")
            .Produces<EntryResponse>().ProducesProblem(404);
        return app;
    }
}
