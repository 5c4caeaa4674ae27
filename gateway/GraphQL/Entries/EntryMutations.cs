using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Services;
using static Watchlist.Gateway.GraphQL.Entries.EntryArguments;

namespace Watchlist.Gateway.GraphQL.Entries;

/// <summary>
/// The entry mutations (role admin). Each answers the entry after the change; expectedVersion is the version the
/// caller read (sent as If-Match), and a stale one is a CONFLICT.
/// </summary>
public static class EntryMutations
{
    public static ObjectGraphType AddEntryMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EntryType>>("listEntry")
            .Description("Lists a new entry, at version 1.")
            .Argument<NonNullGraphType<ListEntryInputType>>("input")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().ListEntryAsync(InputOf(ctx, "input")!, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<EntryType>>("amendEntry")
            .Description("Changes the fields given in input.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the change was made against.")
            .Argument<NonNullGraphType<AmendEntryInputType>>("input")
            .Argument<StringGraphType>("reason", "Why; kept in the entry's history.")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().AmendEntryAsync(RequiredIdOf(ctx), ExpectedVersionOf(ctx),
                InputOf(ctx, "input")!, ctx.GetArgument<string?>("reason"), ctx.CancellationToken));

        AddStatusChange(mutation, "suspendEntry", "suspend", "Takes an ACTIVE entry out of screening until it is reinstated.");
        AddStatusChange(mutation, "reinstateEntry", "reinstate", "Puts a SUSPENDED entry back into screening.");
        AddStatusChange(mutation, "delistEntry", "delist",
            "Takes the entry off the watchlist for good; on a four-eyes list, asks a second admin to approve that.");
        AddStatusChange(mutation, "approveEntry", "approve",
            "A second admin approves the pending listing (the entry becomes ACTIVE) or delisting. The maker gets FORBIDDEN.");
        AddStatusChange(mutation, "rejectEntry", "reject",
            "A second admin rejects the pending listing (REJECTED, final) or delisting (the entry stays). The maker gets FORBIDDEN.");
        return mutation;
    }

    private static void AddStatusChange(ObjectGraphType mutation, string name, string action, string description) =>
        mutation.Field<NonNullGraphType<EntryType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the change was made against.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why; required, and kept in the entry's history.")
            .CallsService()
            .ResolveAsync(async ctx => await ctx.Watchlist().ChangeStatusAsync(RequiredIdOf(ctx), action, ExpectedVersionOf(ctx),
                ctx.GetArgument<string>("reason"), ctx.CancellationToken));
}
