using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Paging;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection sits; pass endCursor as `after` to get the next page.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Always false: connections page forwards only (first/after), and the REST API cannot tell cheaply.")
            .Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The first edge's cursor; null when the page is empty.")
            .Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The last edge's cursor; null when the page is empty.")
            .Resolve(ctx => ctx.Source.EndCursor);
    }
}
