using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Scalars;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Alerts;

public sealed class AlertChangeType : ObjectGraphType<AlertChangeData>
{
    public AlertChangeType()
    {
        Name = "AlertChange";
        Description = "One change to an alert, as its history keeps it.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The alert's version after this change.")
            .Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description(
                "RAISED, HIT_REPEATED, ACKNOWLEDGED, ASSIGNED, ESCALATED, COMMENTED, RESOLVED, REOPENED, " +
                "or a later kind of change.")
            .Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(ctx => ctx.Source.At.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The token subject, or system:sla / system:retro-screening.")
            .Resolve(ctx => ctx.Source.Actor);
        Field<StringGraphType>("agency").Resolve(ctx => ctx.Source.Agency);
        Field<StringGraphType>("correlationId").Resolve(ctx => ctx.Source.CorrelationId);
        Field<NonNullGraphType<AlertStatusGraphType>>("status").Description("The status the change left the alert in.")
            .Resolve(ctx => ctx.Source.Status);
        Field<JsonGraphType>("details")
            .Description("What this kind of change says: outcome and note, reason, assignee, text, level, screeningId…")
            .Resolve(ctx => ctx.Source.Details);
    }
}
