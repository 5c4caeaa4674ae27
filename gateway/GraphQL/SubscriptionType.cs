using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL;

/// <summary>
/// <c>Subscription { alerts(filter: AlertFilter): AlertNotification! }</c>, served over graphql-transport-ws. Each
/// GraphQL subscription is a short-lived subscription at the notifications service, read through its SSE stream, so
/// it sees exactly what a REST subscriber with the same filter and token would see.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<AlertNotificationType>>("alerts")
            .Description(
                "Alerts raised or changed from now on that match the filter and are releasable to the caller's agency " +
                "(role command-centre).")
            .Argument<AlertFilterInputType>("filter")
            .CallsService() // opens a subscription at the notifications service and reads its stream
            .ResolveStreamAsync(async ctx =>
            {
                var filter = ctx.GetArgument<Dictionary<string, object?>>("filter") ?? [];
                var feed = (ctx.RequestServices ?? throw new InvalidOperationException("Execute GraphQL with RequestServices set."))
                    .GetRequiredService<NotificationsFeed>();
                return await feed.OpenAsync(ctx.BearerToken(), filter, ctx.CancellationToken);
            });
    }
}
