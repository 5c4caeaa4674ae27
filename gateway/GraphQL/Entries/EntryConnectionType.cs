using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class EntryConnectionType : ObjectGraphType<Connection<EntryData>>
{
    public EntryConnectionType()
    {
        Name = "EntryConnection";
        Description = "A page of entries, newest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryEdgeType>>>>("edges")
            .WithComplexityImpact(ctx => new FieldComplexityResult(1, ExpectedLength(ctx)))
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
    }

    /// <summary>What sits under edges costs once per entry the page can hold: the connection's first, or its default.</summary>
    private static double ExpectedLength(FieldImpactContext ctx) =>
        Math.Clamp(ctx.Parent?.GetArgument<int?>("first") ?? RestPaging.DefaultFirst, 1, RestPaging.MaxFirst);
}
