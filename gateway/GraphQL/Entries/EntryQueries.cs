using GraphQL;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Limits;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.Gateway.GraphQL.Services;
using static Watchlist.Gateway.GraphQL.Entries.EntryArguments;

namespace Watchlist.Gateway.GraphQL.Entries;

/// <summary>Query.entry and Query.entries (roles admin, auditor), resolved against the watchlist service's REST API.</summary>
public static class EntryQueries
{
    public static ObjectGraphType AddEntryQueries(this ObjectGraphType query)
    {
        query.Field<EntryType>("entry")
            .Description(
                "The entry now, or exactly as it was at asOf; null when there is no such entry or it is not released to the caller.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<DateTimeGraphType>("asOf", "A past moment (ISO 8601); the entry's state and status as they were then.")
            .CallsService()
            .ResolveAsync(async ctx => IdOf(ctx) is { } id
                ? await ctx.Watchlist().GetEntryAsync(id, ctx.GetArgument<DateTime?>("asOf"), ctx.CancellationToken)
                : null);

        query.Field<NonNullGraphType<EntryConnectionType>>("entries")
            .Description("Entries released to the caller, newest first.")
            .Argument<EntryFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"How many entries: 1 to {RestPaging.MaxFirst}, {RestPaging.DefaultFirst} when omitted.")
            .Argument<StringGraphType>(
                "after", "A cursor from an earlier page of the same filter (an edge's cursor or pageInfo.endCursor).")
            .CallsService()
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Watchlist();
                var filter = InputOf(ctx, "filter");
                return await RestPaging.PageAsync(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"),
                    (cursor, limit) => api.ListEntriesAsync(filter, limit, cursor, ctx.CancellationToken));
            });
        return query;
    }
}
