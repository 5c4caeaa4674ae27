using System.Security.Claims;
using Watchlist.ServiceDefaults.Http;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

public static class ScreenEndpoint
{
    /// <summary>One traveller: answer, and record who asked what and what was answered, in the same request.</summary>
    public static async Task<IResult> Handle(ScreeningRequest request, ClaimsPrincipal user, HttpContext http, ScreeningLists lists,
        Screener screener, ChangeFactory changes, IdempotentRequests idempotency, ScreeningRecorder recorder, TimeProvider clock,
        CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var errors = new Dictionary<string, string[]>();
        ScreeningValidator.Validate(request.Traveller, "traveller", errors, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        ScreeningValidator.Validate(request.Context, request.Limit, errors);
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The screening request is not valid.");
        var (claim, replay) = await idempotency.BeginAsync(request, ct);
        if (replay is not null) return replay;

        var list = await lists.ForAsync(request.AsOf, ct);
        var screened = screener.Screen(list, request.Traveller!, request.Context!, reference: null, request.AsOf, request.Limit,
            changes.For(http, reason: null));
        var response = Screener.ResponseOf(screened);
        // Answered only once the record is durable; it shares its transaction with the screenings waiting beside it.
        try { await recorder.RecordAsync([screened], idempotency.AnswerOf(claim, 200, response, location: null, etag: null), ct); }
        catch (JasperFx.DocumentAlreadyExistsException) when (claim is not null) { return await idempotency.ReplayWinnerAsync(claim, ct); }
        ScreeningMetrics.Answered(ScreeningMetrics.Traveller, screened.Decision, started);
        return Results.Ok(response);
    }
}
