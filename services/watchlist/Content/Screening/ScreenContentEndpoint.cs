using Watchlist.ServiceDefaults.Http;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Content.Screening;

public static class ScreenContentEndpoint
{
    /// <summary>One post: read it, screen what it names, and record who asked what and what was answered, in one request.</summary>
    public static async Task<IResult> Handle(ContentScreeningRequest request, HttpContext http, ScreeningLists lists,
        ContentScreener screener, ChangeFactory changes, IdempotentRequests idempotency, ScreeningRecorder recorder, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (ContentValidator.IsTooLong(request))
            return Results.Problem(statusCode: 413, title: "The post is too long.",
                detail: $"A post has at most {ContentValidator.MaxTextLength:N0} characters; " +
                    $"this one has {request.Content!.Text!.Length:N0}.");
        var errors = ContentValidator.Validate(request);
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The content screening request is not valid.");
        var (claim, replay) = await idempotency.BeginAsync(request, ct);
        if (replay is not null) return replay;

        var list = await lists.ForAsync(asOf: null, ct);
        var screened = screener.Screen(list, request.Content!, request.Context!, changes.For(http, reason: null));
        var response = ContentScreeningResponse.Of(screened);
        // The one write path of screening records: answered once durable, in a group with the screenings waiting beside it,
        // and published early with them (the forwarder publishes it in any case; this only makes the unit hear sooner).
        try { await recorder.RecordAsync([screened], idempotency.AnswerOf(claim, 200, response, location: null, etag: null), ct); }
        catch (JasperFx.DocumentAlreadyExistsException) when (claim is not null) { return await idempotency.ReplayWinnerAsync(claim, ct); }
        ScreeningMetrics.Answered(ScreeningMetrics.Content, screened.Decision, started);
        return Results.Ok(response);
    }
}
