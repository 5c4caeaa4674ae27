using Marten;
using Microsoft.AspNetCore.Http.Features;
using Watchlist.Notifications.Feed;
using Watchlist.Notifications.Subscriptions;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Notifications.Delivery.Sse;

/// <summary>
/// <c>GET /api/notifications/stream?subscription={id}</c>: the feed live as server-sent events. The stream reads the feed
/// after the client's cursor (Last-Event-ID), then waits for a wake-up, a poll or a heartbeat, and reads again. Each
/// connection reads at its own pace from PostgreSQL, so a slow client holds back nobody but itself.
/// </summary>
public static class SseStreamEndpoint
{
    public static IEndpointRouteBuilder MapSseStream(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications/stream", Stream).RequireAuthorization(Policies.ReceiveNotifications).WithTags("Notifications")
            .WithName("streamFeed").Produces(200, contentType: "text/event-stream").ProducesValidationProblem().ProducesProblem(404)
            .WithSummary("A subscription's feed live as server-sent events, resuming after Last-Event-ID; ends when the token does.");
        return app;
    }

    private static async Task<IResult> Stream(
        HttpContext http, IDocumentStore store, FeedWakeups wakeups, SseSettings settings, string? subscription, string? lastEventId)
    {
        if (!Guid.TryParse(subscription, out var id))
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["subscription"] = ["The id of one of your subscriptions is required."] });
        // The header is what EventSource sends on reconnect; the query parameter serves clients that cannot set headers.
        var resumeFrom = http.Request.Headers["Last-Event-ID"].FirstOrDefault() ?? lastEventId;
        if (!FeedCursor.TryParse(resumeFrom, out var cursor)) return FeedCursor.Invalid("Last-Event-ID", resumeFrom);
        await using (var check = store.QuerySession())
            if (await OwnSubscriptions.FindAsync(id, http, check) is null) return OwnSubscriptions.NotFound(id);

        await RunAsync(http, store, wakeups, settings, id, cursor);
        return Results.Empty;
    }

    private static async Task RunAsync(
        HttpContext http, IDocumentStore store, FeedWakeups wakeups, SseSettings settings, Guid id, long cursor)
    {
        // The stream ends when the caller's token does; EventSource then reconnects, and a fresh token is needed.
        using var tokenLife = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        tokenLife.CancelAfter(http.User.TokenLifeLeft(DateTimeOffset.UtcNow));
        var ct = tokenLife.Token;
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var sse = new SseWriter(http.Response, http.RequestServices.GetJsonOptions(), DeliveryMetrics.ChannelOf(http.Request));

        // Listen before the first read, so an append committed between the read and the wait still wakes us.
        using var listener = wakeups.Listen(id);
        try
        {
            await sse.RetryAsync(TimeSpan.FromSeconds(2), ct);
            await sse.FlushAsync(ct); // headers out now: a client behind the gateway sees the stream open at once
            var lastWrite = DateTime.UtcNow;
            while (!ct.IsCancellationRequested)
            {
                IReadOnlyList<FeedItem> batch;
                await using (var session = store.QuerySession())
                    batch = await session.ReadAfterAsync(id, cursor, settings.BatchSize, ct);
                foreach (var item in batch)
                {
                    await sse.EventAsync(item, ct);
                    cursor = item.Cursor;
                }
                if (batch.Count > 0)
                {
                    await sse.FlushAsync(ct);
                    lastWrite = DateTime.UtcNow;
                    if (batch.Count == settings.BatchSize) continue;
                }

                var untilHeartbeat = settings.Heartbeat - (DateTime.UtcNow - lastWrite);
                var wait = untilHeartbeat < settings.Poll ? untilHeartbeat : settings.Poll;
                if (wait > TimeSpan.Zero && await listener.WaitAsync(wait, ct)) continue;
                if (DateTime.UtcNow - lastWrite >= settings.Heartbeat)
                {
                    await sse.CommentAsync("heartbeat", ct);
                    await sse.FlushAsync(ct);
                    lastWrite = DateTime.UtcNow;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away, or its token expired; its next connection resumes from its Last-Event-ID.
        }
    }
}
