using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Notifications;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Alerts;

public sealed class AlertType : ObjectGraphType<AlertData>
{
    public AlertType()
    {
        Name = "Alert";
        Description = "A hit worked to an outcome: one per entry, traveller and border post while it is open, or, for a screened " +
            "post, one per entry, post and unit.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Pass it as expectedVersion to change the alert.")
            .Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<AlertStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<SeverityGraphType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<NonNullGraphType<IntGraphType>>("escalationLevel")
            .Description("0 until escalated; each escalation, by hand or at the SLA deadline, adds one.")
            .Resolve(ctx => ctx.Source.EscalationLevel);
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(ctx => ctx.Source.EntryId);
        Field<NonNullGraphType<StringGraphType>>("entryName").Resolve(ctx => ctx.Source.EntryName);
        Field<StringGraphType>("matchedName").Resolve(ctx => ctx.Source.MatchedName);
        Field<NonNullGraphType<EntryActionGraphType>>("action").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<CategoryGraphType>>("category").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lists").Resolve(ctx => ctx.Source.Lists);
        Field<StringGraphType>("borderPost").Description("Where the traveller was screened; null for a content alert.")
            .Resolve(ctx => ctx.Source.BorderPost);
        Field<StringGraphType>("unit").Description("The unit that screened the post, for a content alert; null for a border alert.")
            .Resolve(ctx => ctx.Source.Unit);
        Field<StringGraphType>("post").Description("A content alert's post: its URL, or sha256: and the hash of its text.")
            .Resolve(ctx => ctx.Source.Post);
        Field<NonNullGraphType<ScreenedTravellerType>>("traveller").Resolve(ctx => ctx.Source.Traveller);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("band").Description("MATCH or REVIEW, of the hit that raised the alert.")
            .Resolve(ctx => ctx.Source.Band);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("screeningIds")
            .Description("The screening that raised the alert and the latest ones it counted, at most 20; history has every one.")
            .Resolve(ctx => ctx.Source.ScreeningIds);
        Field<NonNullGraphType<IntGraphType>>("hitCount").Description("Every hit the alert counted, its raising included.")
            .Resolve(ctx => ctx.Source.HitCount);
        Field<NonNullGraphType<DateTimeGraphType>>("raisedAt").Resolve(ctx => ctx.Source.RaisedAt.UtcDateTime);
        Field<DateTimeGraphType>("slaDeadline")
            .Description("Acknowledge by then or the alert escalates; null once acknowledged or resolved.")
            .Resolve(ctx => ctx.Source.SlaDeadline?.UtcDateTime);
        Field<StringGraphType>("acknowledgedBy").Resolve(ctx => ctx.Source.AcknowledgedBy);
        Field<StringGraphType>("assignee").Resolve(ctx => ctx.Source.Assignee);
        Field<AlertOutcomeGraphType>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field<StringGraphType>("resolutionNote").Resolve(ctx => ctx.Source.ResolutionNote);
        Field<DateTimeGraphType>("resolvedAt").Resolve(ctx => ctx.Source.ResolvedAt?.UtcDateTime);
        Field<NonNullGraphType<BooleanGraphType>>("retro").Description("Raised by re-screening a past crossing when the list changed.")
            .Resolve(ctx => ctx.Source.Retro);
        Field<NonNullGraphType<StringGraphType>>("ownerAgency").Resolve(ctx => ctx.Source.OwnerAgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertChangeType>>>>("history")
            .Description("Every change, oldest first. Asks the service once per alert, so it costs more.")
            .CallsService(Costs.HistoryLength)
            .ResolveAsync(async ctx => await ctx.Alerts().GetHistoryAsync(ctx.Source.Id, ctx.CancellationToken));
    }
}
