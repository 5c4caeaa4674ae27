using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Watchlist.Notifications.Subscriptions;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// <c>/api/subscriptions/{id}/webhook</c>: how delivery stands, the dead-letter list, and a replay that sends the dead
/// letters again (with their original webhook-id) and re-enables an endpoint that answered 410.
/// </summary>
public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscriptions/{id:guid}/webhook")
            .RequireAuthorization(Policies.ReceiveNotifications)
            .WithTags("Webhooks");
        group.MapGet("", Status).WithName("getWebhookStatus").ProducesProblem(404)
            .WithSummary("How delivery to the subscription's webhook stands: delivered cursor, attempts, next attempt, last error.");
        group.MapGet("dead-letters", DeadLetters).WithName("listWebhookDeadLetters").ProducesProblem(404)
            .WithSummary("Notifications the webhook did not accept within its retries, oldest first (500 at most).");
        group.MapPost("replay", Replay).WithName("replayWebhookDeadLetters").ProducesProblem(404)
            .WithSummary("Sends the dead letters again with their original webhook-id, and re-enables an endpoint that answered 410.");
        return app;
    }

    private static async Task<Results<Ok<WebhookStatus>, ProblemHttpResult>> Status(Guid id, HttpContext http, IQuerySession session)
    {
        if (await OwnSubscriptions.FindAsync(id, http, session) is not { Webhook: { } webhook }) return NoWebhook(id);
        var p = await session.LoadAsync<WebhookProgress>(id, http.RequestAborted) ?? WebhookProgress.Start(id, DateTimeOffset.UtcNow);
        return TypedResults.Ok(new WebhookStatus(
            webhook.Url, p.Disabled, p.DeliveredCursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Attempts, p.Attempts > 0 ? p.NextAttemptAt : null, p.LastStatus, p.LastError));
    }

    private static async Task<Results<Ok<DeadLetterList>, ProblemHttpResult>> DeadLetters(Guid id, HttpContext http, IQuerySession session)
    {
        if (await OwnSubscriptions.FindAsync(id, http, session) is not { Webhook: not null }) return NoWebhook(id);
        var letters = await session.Query<WebhookDeadLetter>()
            .Where(d => d.SubscriptionId == id)
            .OrderBy(d => d.Cursor)
            .Take(500)
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new DeadLetterList(letters.Select(DeadLetterView.Of).ToList(), null));
    }

    private static async Task<Results<Accepted<ReplayAccepted>, ProblemHttpResult>> Replay(
        Guid id, HttpContext http, IDocumentSession session)
    {
        if (await OwnSubscriptions.FindAsync(id, http, session) is not { Webhook: not null }) return NoWebhook(id);
        var letters = await session.Query<WebhookDeadLetter>().Where(d => d.SubscriptionId == id).ToListAsync(http.RequestAborted);
        foreach (var letter in letters) session.Store(letter with { Replay = true });
        if (await session.LoadAsync<WebhookProgress>(id, http.RequestAborted) is { Disabled: true } p)
            session.Store(p with { Disabled = false, NextAttemptAt = DateTimeOffset.UtcNow, LastError = null });
        await session.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Accepted($"/api/subscriptions/{id}/webhook", new ReplayAccepted(letters.Count));
    }

    private static ProblemHttpResult NoWebhook(Guid id) =>
        TypedResults.Problem(statusCode: 404, title: "No such webhook.", detail: $"No subscription {id} of yours has a webhook.");
}

public sealed record WebhookStatus(
    string Url, bool Disabled, string DeliveredCursor, int Attempts, DateTimeOffset? NextAttemptAt, int? LastStatus, string? LastError);

public sealed record DeadLetterView(
    string Cursor, string WebhookId, int Attempts, int? LastStatus, string? LastError, DateTimeOffset DeadAt, bool Replaying)
{
    public static DeadLetterView Of(WebhookDeadLetter d) => new(
        d.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture), d.WebhookId,
        d.Attempts, d.LastStatus, d.LastError, d.DeadAt, d.Replay);
}

public sealed record DeadLetterList(IReadOnlyList<DeadLetterView> Items, string? NextCursor);

public sealed record ReplayAccepted(int Replaying);
