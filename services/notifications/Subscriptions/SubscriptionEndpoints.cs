using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Watchlist.Notifications.Delivery.Webhooks;
using Watchlist.Notifications.Feed;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Notifications.Subscriptions;

/// <summary><c>/api/subscriptions</c>: a command centre creates, lists, reads and deletes its own subscriptions.</summary>
public static class SubscriptionEndpoints
{
    /// <summary>Bounds what one person can make the consumer evaluate for every alert.</summary>
    public const int MaxPerOwner = 100;

    public static IEndpointRouteBuilder MapSubscriptions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscriptions").RequireAuthorization(Policies.ReceiveNotifications).WithTags("Subscriptions");
        group.MapPost("", Create).WithName("createSubscription").ProducesProblem(403).ProducesProblem(409)
            .WithSummary($"Subscribes the caller to alerts that match a filter, with an optional webhook; at most {MaxPerOwner} a person.");
        group.MapGet("", List).WithName("listSubscriptions").ProducesProblem(403)
            .WithSummary("The caller's own subscriptions, newest first.");
        group.MapGet("{id:guid}", Get).WithName("getSubscription").ProducesProblem(404)
            .WithSummary("One of the caller's own subscriptions.");
        group.MapDelete("{id:guid}", Delete).WithName("deleteSubscription").ProducesProblem(404)
            .WithSummary("Deletes one of the caller's own subscriptions; its feed and webhook stop.");
        return app;
    }

    private static async Task<Results<Created<SubscriptionView>, ValidationProblem, ProblemHttpResult>> Create(
        SubscriptionRequest? request, HttpContext http, IDocumentSession session, TimeProvider clock,
        WebhookDestinations destinations, WebhookSecretVault vault)
    {
        if (Caller.Of(http.User) is not { } caller) return Caller.NoAgency();
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
        var (filter, webhook, errors) = SubscriptionValidation.Validate(request, destinations);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var owned = await session.Query<Subscription>()
            .CountAsync(s => s.Owner == caller.Subject && s.Agency == caller.Agency, http.RequestAborted);
        if (owned >= MaxPerOwner)
            return TypedResults.Problem(
                statusCode: 409, title: "Too many subscriptions.", detail: $"A person may hold at most {MaxPerOwner}; delete one first.");

        var subscription = new Subscription(Guid.CreateVersion7(), request.Name!.Trim(), caller.Subject, caller.Agency, filter,
            webhook is null ? null : new WebhookTarget(webhook.Url!, vault.Seal(webhook.Secret!)), clock.GetUtcNow());
        session.Insert(subscription);
        session.Insert(FeedHead.Empty(subscription.Id)); // the feed exists from the start, so appends only ever update it
        await session.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"/api/subscriptions/{subscription.Id}", SubscriptionView.Of(subscription));
    }

    private static async Task<Results<Ok<SubscriptionList>, ProblemHttpResult>> List(HttpContext http, IQuerySession session)
    {
        if (Caller.Of(http.User) is not { } caller) return Caller.NoAgency();
        var mine = await session.Query<Subscription>()
            .Where(s => s.Owner == caller.Subject && s.Agency == caller.Agency)
            .OrderByDescending(s => s.CreatedAt).Take(MaxPerOwner).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new SubscriptionList(mine.Select(SubscriptionView.Of).ToList(), null));
    }

    private static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> Get(Guid id, HttpContext http, IQuerySession session) =>
        await OwnSubscriptions.FindAsync(id, http, session) is { } s
            ? TypedResults.Ok(SubscriptionView.Of(s))
            : OwnSubscriptions.NotFound(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, IDocumentSession session)
    {
        if (await OwnSubscriptions.FindAsync(id, http, session) is null) return OwnSubscriptions.NotFound(id);
        session.Delete<Subscription>(id);
        await session.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }
}
