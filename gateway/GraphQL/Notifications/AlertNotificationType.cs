using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Notifications;

public sealed class AlertNotificationType : ObjectGraphType<AlertNotification>
{
    public AlertNotificationType()
    {
        Name = "AlertNotification";
        Description = "An alert that was raised or changed, as the server-sent events of /api/notifications/stream carry it.";
        Field<NonNullGraphType<IdGraphType>>("alertId").Resolve(ctx => ctx.Source.AlertId);
        Field<NonNullGraphType<IntGraphType>>("alertVersion").Resolve(ctx => ctx.Source.AlertVersion);
        Field<NonNullGraphType<AlertNotificationKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<AlertStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<SeverityGraphType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<StringGraphType>("borderPost").Description("Null for a content alert.").Resolve(ctx => ctx.Source.BorderPost);
        Field<StringGraphType>("unit").Description("The unit that screened the post, for a content alert.")
            .Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("entryName").Resolve(ctx => ctx.Source.EntryName);
        Field<NonNullGraphType<EntryActionGraphType>>("action").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(ctx => ctx.Source.At.UtcDateTime);
    }
}
