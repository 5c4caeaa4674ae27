using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Watchlist.Notifications.Subscriptions;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// <c>GET /api/notifications?subscription=&amp;after=&amp;limit=</c>: the feed as pages, for replay and for clients without a
/// live connection.
/// </summary>
public static class FeedPageEndpoint
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapFeedPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", Read).RequireAuthorization(Policies.ReceiveNotifications).WithTags("Notifications")
            .WithName("readFeed").ProducesProblem(404)
            .WithSummary($"A subscription's feed after a cursor, oldest first, {DefaultLimit} items a page (at most {MaxLimit}).");
        return app;
    }

    private static async Task<Results<Ok<FeedPage>, ValidationProblem, ProblemHttpResult>> Read(
        HttpContext http, IQuerySession session, string? subscription, string? after, string? cursor, int? limit)
    {
        if (!Guid.TryParse(subscription, out var id))
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["subscription"] = ["The id of one of your subscriptions is required."] });
        // "cursor" is the list convention of API.md, "after" the feed's own name; both mean the same position.
        if (!FeedCursor.TryParse(after ?? cursor, out var position)) return FeedCursor.Invalid("after", after ?? cursor);
        if (limit is < 1 or > MaxLimit)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Between 1 and {MaxLimit}."] });
        if (await OwnSubscriptions.FindAsync(id, http, session) is null) return OwnSubscriptions.NotFound(id);

        var take = limit ?? DefaultLimit;
        var items = await session.ReadAfterAsync(id, position, take, http.RequestAborted);
        var next = items.Count == take ? items[^1].Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new FeedPage(items.Select(FeedPageItem.Of).ToList(), next));
    }
}
