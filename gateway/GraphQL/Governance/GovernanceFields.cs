using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Entries;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Governance;

/// <summary>
/// Governance for admins and auditors, each field one REST call with the caller's token (so the owner is the token's agency,
/// and roles and releasability are the service's): list policies, the impact dry run, and the access log, whose read carries
/// the request's X-Purpose to the service like every call (<see cref="ServiceCalls"/>).
/// </summary>
public static class GovernanceFields
{
    public static ObjectGraphType AddGovernanceQueries(this ObjectGraphType query)
    {
        query.Field<ListPolicyType>("listPolicy")
            .Description("The caller's agency's policy for one list; null when it has none.")
            .Argument<NonNullGraphType<StringGraphType>>("list")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().GetListPolicyAsync(ctx.GetArgument<string>("list"), ctx.CancellationToken));
        query.Field<NonNullGraphType<ListPolicyPageType>>("listPolicies")
            .Description("The caller's agency's list policies, by list name.")
            .Argument<IntGraphType>("first", "At most 200; 50 when not given.")
            .Argument<StringGraphType>("after")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().ListPoliciesAsync(ctx.GetArgument<int?>("first") ?? 50,
                ctx.GetArgument<string?>("after"), ctx.CancellationToken));
        query.Field<NonNullGraphType<ImpactType>>("impact")
            .Description("Admins: what the entry would have hit in the retro window, by band and post. Stores nothing.")
            .Argument<NonNullGraphType<ListEntryInputType>>("entry")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Alerts().ImpactAsync(EntryArguments.InputOf(ctx, "entry")!, ctx.CancellationToken));
        query.Field<NonNullGraphType<AccessLogPageType>>("accessLog")
            .Description("Auditors, with the X-Purpose header: reads of personal data by the caller's agency, newest first.")
            .Argument<StringGraphType>("subject")
            .Argument<StringGraphType>("resource", "A prefix: screening: or access-log.")
            .Argument<DateTimeGraphType>("from")
            .Argument<DateTimeGraphType>("to")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().AccessLogAsync(new Dictionary<string, object?>
            {
                ["subject"] = ctx.GetArgument<string?>("subject"),
                ["resource"] = ctx.GetArgument<string?>("resource"),
                ["from"] = ctx.GetArgument<DateTime?>("from")?.ToUniversalTime().ToString("O"),
                ["to"] = ctx.GetArgument<DateTime?>("to")?.ToUniversalTime().ToString("O"),
                ["limit"] = ctx.GetArgument<int?>("first"),
                ["cursor"] = ctx.GetArgument<string?>("after"),
            }, ctx.CancellationToken));
        return query;
    }

    public static ObjectGraphType AddGovernanceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListPolicyType>>("setListPolicy")
            .Description("Sets the caller's agency's whole policy for a list (a term left out is off). The first needs no " +
                "expectedVersion; later ones do.")
            .Argument<NonNullGraphType<StringGraphType>>("list")
            .Argument<BooleanGraphType>("fourEyes")
            .Argument<IntGraphType>("reviewEveryDays")
            .Argument<IntGraphType>("autoSuspendOverdueDays")
            .Argument<StringGraphType>("reason", "Why; kept in the policy's history.")
            .Argument<IntGraphType>("expectedVersion", "The version the change was made against.")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().SetListPolicyAsync(ctx.GetArgument<string>("list"), TermsOf(ctx),
                ctx.GetArgument<int?>("expectedVersion"), ctx.CancellationToken));
        return mutation;
    }

    private static Dictionary<string, object?> TermsOf(IResolveFieldContext ctx) => new()
    {
        ["fourEyes"] = ctx.GetArgument<bool?>("fourEyes"),
        ["reviewEveryDays"] = ctx.GetArgument<int?>("reviewEveryDays"),
        ["autoSuspendOverdueDays"] = ctx.GetArgument<int?>("autoSuspendOverdueDays"),
        ["reason"] = ctx.GetArgument<string?>("reason"),
    };
}
