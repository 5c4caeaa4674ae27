using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Watchlist.Gateway.GraphQL.Paging;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Alerts;

public sealed class AlertConnectionType : ObjectGraphType<Connection<AlertData>>
{
    public AlertConnectionType()
    {
        Name = "AlertConnection";
        Description = "A page of alerts, newest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertEdgeType>>>>("edges")
            .WithComplexityImpact(ctx => new FieldComplexityResult(
                1, Math.Clamp(ctx.Parent?.GetArgument<int?>("first") ?? RestPaging.DefaultFirst, 1, RestPaging.MaxFirst)))
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
    }
}

public sealed class AlertEdgeType : ObjectGraphType<Edge<AlertData>>
{
    public AlertEdgeType()
    {
        Name = "AlertEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass it as `after` to continue after this alert.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<AlertType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
