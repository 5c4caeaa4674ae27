using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Services;
using static Watchlist.Gateway.GraphQL.Alerts.AlertArguments;

namespace Watchlist.Gateway.GraphQL.Alerts;

/// <summary>
/// Working an alert (roles command-centre, admin). Each answers the alert after the change; expectedVersion is the version
/// the caller read (sent as If-Match), and a stale one is a CONFLICT, as is a change the alert's state does not allow.
/// </summary>
public static class AlertMutations
{
    public static ObjectGraphType AddAlertMutations(this ObjectGraphType mutation)
    {
        Work(mutation, "acknowledgeAlert", "acknowledge", "Acknowledges an OPEN or ESCALATED alert; stops its SLA clock.", _ => new { });
        Work(mutation, "resolveAlert", "resolve",
            "Resolves the alert with an outcome; FALSE_POSITIVE is remembered for this traveller and entry.",
            ctx => new { outcome = ctx.GetArgument<string>("outcome"), note = ctx.GetArgument<string?>("note") },
            f => f.Argument<NonNullGraphType<AlertOutcomeGraphType>>("outcome").Argument<StringGraphType>("note"));
        Work(mutation, "assignAlert", "assign", "Assigns the alert to someone.",
            ctx => new { assignee = ctx.GetArgument<string>("assignee") },
            f => f.Argument<NonNullGraphType<StringGraphType>>("assignee"));
        Work(mutation, "escalateAlert", "escalate", "Escalates the alert one level.",
            ctx => new { reason = ctx.GetArgument<string>("reason") },
            f => f.Argument<NonNullGraphType<StringGraphType>>("reason"));
        Work(mutation, "commentOnAlert", "comment", "Adds a comment to the alert's history.",
            ctx => new { text = ctx.GetArgument<string>("text") },
            f => f.Argument<NonNullGraphType<StringGraphType>>("text"));
        Work(mutation, "reopenAlert", "reopen", "Reopens a RESOLVED alert.", ctx => new { reason = ctx.GetArgument<string>("reason") },
            f => f.Argument<NonNullGraphType<StringGraphType>>("reason"));
        return mutation;
    }

    private static void Work(
        ObjectGraphType mutation, string name, string action, string description, Func<IResolveFieldContext, object> body,
        Action<global::GraphQL.Builders.FieldBuilder<object?, object>>? arguments = null)
    {
        var field = mutation.Field<NonNullGraphType<AlertType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the change was made against.");
        arguments?.Invoke(field);
        field.CallsService()
            .ResolveAsync(async ctx =>
                await ctx.Alerts().WorkAsync(RequiredIdOf(ctx), action, ExpectedVersionOf(ctx), body(ctx), ctx.CancellationToken));
    }
}
