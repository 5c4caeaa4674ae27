using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.ServiceDefaults.Http;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

public static class ScreenEndpoint
{
    /// <summary>One traveller: answer, and record who asked what and what was answered, in the same request.</summary>
    public static async Task<IResult> Handle(ScreeningRequest request, ClaimsPrincipal user, HttpContext http, IDocumentSession session,
        ScreeningLists lists, Screener screener, ChangeFactory changes, IdempotentRequests idempotency, EarlyPublisher early,
        ScreeningPrivacy privacy, TimeProvider clock, CancellationToken ct)
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
        session.CorrelationId = screened.Change.CorrelationId;
        var stream = session.Events.StartStream(screened.ScreeningId, privacy.Seal(session, [screened])[0]);
        var response = Screener.ResponseOf(screened);
        idempotency.Record(claim, 200, response, location: null, etag: null);
        try { await session.SaveChangesAsync(ct); }
        catch (JasperFx.DocumentAlreadyExistsException) when (claim is not null) { return await idempotency.ReplayWinnerAsync(claim, ct); }
        early.PublishCommitted(stream.Events); // a hit is on its way to the command centres before the officer has read the answer
        ScreeningMetrics.Answered(ScreeningMetrics.Traveller, screened.Decision, started);
        return Results.Ok(response);
    }
}
