using System.Security.Claims;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

public static class BatchScreenEndpoint
{
    /// <summary>A flight manifest: every passenger screened (in parallel), each recorded, answered in input order.</summary>
    public static async Task<IResult> Handle(BatchScreeningRequest request, ClaimsPrincipal user, HttpContext http,
        ScreeningLists lists, Screener screener, ScreeningSettings settings, ChangeFactory changes, ScreeningRecorder recorder,
        TimeProvider clock, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var errors = new Dictionary<string, string[]>();
        var travellers = request.Travellers ?? [];
        if (travellers.Count == 0) errors["travellers"] = ["At least one traveller."];
        if (travellers.Count > settings.MaxBatch)
            errors["travellers"] = [$"At most {settings.MaxBatch} travellers per batch; this one has {travellers.Count}. Split it."];
        ScreeningValidator.Validate(request.Context, request.Limit, errors);
        if (errors.Count == 0)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            for (var i = 0; i < travellers.Count; i++)
            {
                // A JSON null in the list is a missing passenger, not a fault (the fuzz suite found a 500 here).
                if (travellers[i] is null) errors[$"travellers[{i}]"] = ["A traveller is required; null is not one."];
                else ScreeningValidator.Validate(travellers[i].Traveller, $"travellers[{i}]", errors, today);
            }
        }
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The batch is not valid; nothing was screened.");

        var list = await lists.ForAsync(request.AsOf, ct);
        var change = changes.For(http, reason: null);
        var screened = new ScreeningRecorded[travellers.Count];
        Parallel.For(0, travellers.Count, i =>
            screened[i] = screener.Screen(list, travellers[i].Traveller, request.Context!, travellers[i].Ref, request.AsOf, request.Limit,
                change));
        await recorder.RecordAsync(screened, answer: null, ct); // one transaction for the manifest, sealed under one key
        foreach (var s in screened) ScreeningMetrics.Counted(ScreeningMetrics.Batch, s.Decision);
        ScreeningMetrics.Took(ScreeningMetrics.Batch, started);
        return Results.Ok(new BatchScreeningResponse(screened.Select(s => new BatchResult(s.Reference, s.ScreeningId, s.Decision, s.Hits))
            .ToList(), list.Position));
    }
}
