using System.Security.Claims;
using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Alerts;
using Watchlist.Policy;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Alerts.Impact;

/// <summary>How many crossings of the retro window a proposed entry would hit, and where; no traveller is named.</summary>
public sealed record ImpactReport(DateTimeOffset From, DateTimeOffset To, int Crossings, IReadOnlyDictionary<string, int> ByBand,
    IReadOnlyList<ImpactAtPlace> ByPlace, int? Observations);

/// <param name="BorderPost">Where the crossings were screened.</param>
public sealed record ImpactAtPlace(string BorderPost, string Band, int Crossings);

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
            .Select(h => (Post: h.Crossing.Context.BorderPost, Band: ScreeningPolicy.BandName(h.Match!.Band)))
            .ToList();
        var byBand = hits.GroupBy(h => h.Band).ToDictionary(g => g.Key, g => g.Count());
        var byPlace = hits.GroupBy(h => h).Select(g => new ImpactAtPlace(g.Key.Post, g.Key.Band, g.Count()))
            .OrderByDescending(p => p.Crossings).ThenBy(p => p.BorderPost, StringComparer.Ordinal).ToList();
        return Results.Ok(new ImpactReport(since, now, hits.Count, byBand, byPlace, Observations: null));
    }

    public static IEndpointRouteBuilder MapImpact(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/entries/impact", Handle).RequireAuthorization(Policies.ManageEntries).WithTags("Governance")
            .WithName("entryImpact")
            .WithSummary("Counts the crossings of the retro window a proposed entry would hit, by band and border post; stores nothing.")
            .Produces<ImpactReport>().ProducesValidationProblem().ProducesProblem(403);
        return app;
    }
}
