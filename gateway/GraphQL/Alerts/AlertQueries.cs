using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Alerts;

/// <summary>Query.alert and Query.alerts (roles command-centre, admin), resolved against the alerts service's REST API.</summary>
public static class AlertQueries
{
    public static ObjectGraphType AddAlertQueries(this ObjectGraphType query)
    {
        query.Field<AlertType>("alert")
            .Description("The alert; null when there is no such alert or it is not released to the caller.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .CallsService()
            .ResolveAsync(async ctx =>
                AlertArguments.IdOf(ctx) is { } id ? await ctx.Alerts().GetAlertAsync(id, ctx.CancellationToken) : null);

        query.Field<NonNullGraphType<AlertConnectionType>>("alerts")
            .Description("Alerts released to the caller, newest first.")
            .Argument<AlertFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"How many alerts: 1 to {RestPaging.MaxFirst}, {RestPaging.DefaultFirst} when omitted.")
            .Argument<StringGraphType>("after", "A cursor from an earlier page of the same filter.")
            .CallsService()
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Alerts();
                var filter = ctx.GetArgument<IDictionary<string, object?>?>("filter") is { } given
                    ? new Dictionary<string, object?>(given)
                    : null;
                return await RestPaging.PageAsync(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"),
                    (cursor, limit) => api.ListAlertsAsync(filter, limit, cursor, ctx.CancellationToken));
            });
        return query;
    }
}
