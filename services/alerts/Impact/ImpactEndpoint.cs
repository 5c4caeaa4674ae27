using System.Security.Claims;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Alerts;
using Watchlist.Policy;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Alerts.Impact;

/// <summary>How many crossings and observations of the retro window a proposed entry would hit, and where; no traveller or post is
/// named.</summary>
/// <param name="Crossings">Border crossings it would hit; <paramref name="ByPlace"/> splits them by border post and band.</param>
/// <param name="ByBand">Crossings and observations together, by band.</param>
/// <param name="Observations">Screened posts (content observations) it would hit; <paramref name="ByUnit"/> splits them by the unit
/// that screened them and band.</param>
public sealed record ImpactReport(DateTimeOffset From, DateTimeOffset To, int Crossings, IReadOnlyDictionary<string, int> ByBand,
    IReadOnlyList<ImpactAtPlace> ByPlace, int? Observations, IReadOnlyList<ImpactAtUnit> ByUnit);

/// <param name="BorderPost">Where the crossings were screened.</param>
public sealed record ImpactAtPlace(string BorderPost, string Band, int Crossings);

/// <param name="Unit">The unit that screened the posts.</param>
public sealed record ImpactAtUnit(string Unit, string Band, int Observations);

/// <summary>
/// The impact dry run: the proposed entry is scored against the crossings of this replica's retro window exactly as
/// retro-screening would score it once listed (the same candidates, the same one-entry index, the same
/// <see cref="ScreeningPolicy"/>), and only crossings whose screening agency the entry could hit count (<see cref="AlertAudience"/>,
/// the owner being the caller's agency). Nothing is stored; the answer holds counts, bands and posts, no personal data.
/// </summary>
public static class ImpactEndpoint
{
    public static async Task<IResult> Handle(ProposedEntry proposed, ClaimsPrincipal user, ScreeningPolicy policy, CrossingWindow window,
        CrossingWindowKeeper keeper, RetroSettings settings, TimeProvider clock, CancellationToken ct)
    {
        if (user.AgencyOf() is not { } owner)
            return Results.Problem(statusCode: 403, title: "Your token names no agency.",
                detail: "An entry's impact is counted for the agency that would own it, from the token's agency claim.");
        if (proposed.Problems() is { Count: > 0 } errors)
            return Results.ValidationProblem(errors, title: "The proposed entry is not valid.");
        await keeper.WhenLoadedAsync(ct);

        var now = clock.GetUtcNow();
        var since = now - settings.Window;
        var entry = proposed.SnapshotFor(owner);
        var index = RetroScreening.IndexOf(entry);
        var hits = window.CandidatesOf(entry)
            .Where(c => c.ScreenedAt >= since && AlertAudience.MayHit(c.Agency, entry.OwnerAgency, entry.ReleasableTo))
            .Select(c => (Crossing: c, Match: RetroScreening.Match(policy, index, c)))
            .Where(h => h.Match is not null)
            .Select(h => (h.Crossing.Context.Unit, Post: h.Crossing.Context.BorderPost, Band: ScreeningPolicy.BandName(h.Match!.Band)))
            .ToList();
        var byBand = hits.GroupBy(h => h.Band).ToDictionary(g => g.Key, g => g.Count());
        // Observations share the window with crossings (decision 0040); they are counted apart, by the unit that screened them.
        var crossings = hits.Where(h => h.Unit is null).ToList();
        var observations = hits.Where(h => h.Unit is not null).ToList();
        var byPlace = crossings.GroupBy(h => (h.Post, h.Band)).Select(g => new ImpactAtPlace(g.Key.Post, g.Key.Band, g.Count()))
            .OrderByDescending(p => p.Crossings).ThenBy(p => p.BorderPost, StringComparer.Ordinal).ToList();
        var byUnit = observations.GroupBy(h => (h.Unit, h.Band)).Select(g => new ImpactAtUnit(g.Key.Unit!, g.Key.Band, g.Count()))
            .OrderByDescending(u => u.Observations).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return Results.Ok(new ImpactReport(since, now, crossings.Count, byBand, byPlace, observations.Count, byUnit));
    }

    public static IEndpointRouteBuilder MapImpact(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/entries/impact", Handle).RequireAuthorization(Policies.ManageEntries).WithTags("Governance")
            .WithName("entryImpact")
            .WithSummary("Counts the crossings and screened posts of the retro window a proposed entry would hit, by band and " +
                "border post or unit; stores nothing.")
            .Produces<ImpactReport>().ProducesValidationProblem().ProducesProblem(403);
        return app;
    }
}
