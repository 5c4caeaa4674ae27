using System.Diagnostics;
using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance.Lists;
using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.WatchlistService.Imports;

public static class ImportEndpoint
{
    /// <summary>
    /// All or nothing: the whole edition is parsed and compared first, then every resulting event
    /// is written in one transaction. A malformed file changes nothing; a failed import is simply
    /// run again. Importing the same edition twice changes nothing the second time.
    /// </summary>
    public static async Task<IResult> Handle(string dataset, HttpRequest request, ClaimsPrincipal user, IDocumentSession session,
        ChangeFactory changes, ILogger<ImportSummary> logger, CancellationToken ct)
    {
        if (!ImportSources.Datasets.Contains(dataset))
            return Results.Problem(
                statusCode: 404, title: "Unknown dataset.", detail: $"Datasets: {string.Join(", ", ImportSources.Datasets)}.");
        if (EntryProblems.OwnerRefusal(null, user.AgencyOf()) is { } refused) return refused;
        var owner = user.AgencyOf()!;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ImportedEntry>? imported;
        string? missing;
        try { (imported, missing) = await ImportSources.ReadAsync(dataset, request, owner, [EntryDetails.Everyone], ct); }
        catch (ImportFormatException bad)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [bad.Element ?? "file"] = [bad.Message] },
                title: "The file is not a valid edition of the list; nothing was imported.");
        }
        if (imported is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [missing!] }, title: "The files are missing.");

        // Each agency's import is its own copy of the list: another agency's entries are neither amended nor delisted by it.
        var views = await session.Query<EntryView>().Where(v => v.SourceDataset == dataset && v.OwnerAgency == owner).ToListAsync(ct);
        var change = changes.For(request.HttpContext, $"Imported from {dataset}.");
        var policy = await session.ForAsync(owner, [dataset], ct);
        var plan = ImportPlanner.Plan(dataset, imported, views.Select(v => v.Entry).ToList(), change, policy.FourEyes);
        Apply(session, plan);
        try { await session.SaveChangesAsync(ct); }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return Results.Problem(statusCode: 409, title: "The entries changed while importing.",
                detail: "Another import or an admin changed entries of this list meanwhile; nothing was imported. Run the import again.");
        }
        logger.LogInformation("Imported {Dataset}: {Summary} in {Seconds:F1} s", dataset, plan.Summary, clock.Elapsed.TotalSeconds);
        return Results.Ok(plan.Summary);
    }

    /// <summary>One entry may get several commands (reinstate, then amend): each decides on the state the previous left.</summary>
    private static void Apply(IDocumentSession session, ImportPlan plan)
    {
        var states = new Dictionary<Guid, Entry?>();
        var pending = new Dictionary<Guid, (Entry? Before, List<IEntryEvent> Events)>();
        foreach (var (before, command) in plan.Commands)
        {
            var state = states.TryGetValue(command.EntryId, out var s) ? s : before;
            var events = EntryDecider.Decide(command, state);
            states[command.EntryId] = EntryDecider.Fold(state, events);
            if (!pending.TryGetValue(command.EntryId, out var p)) pending[command.EntryId] = p = (before, []);
            p.Events.AddRange(events);
        }
        foreach (var (before, events) in pending.Values.Where(p => p.Events.Count > 0))
            session.AppendEntry(before, events);
    }
}
