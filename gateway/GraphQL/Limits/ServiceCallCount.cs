using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Watchlist.Gateway.GraphQL.Limits;

/// <summary>
/// How many service calls an operation would make: every field marked <see cref="ServiceCallFields.CallsService{TSource,TReturn}"/>,
/// times the expected length of each list it sits in (a connection's <c>first</c>, a list's declared length, or 20). So 450
/// aliases of <c>entry</c> count 450, and <c>history</c> under a page of 50 entries counts 50. Walks the operation with its
/// fragments resolved; <see cref="DocumentShape.CountFields"/> has already bounded how far that can go.
/// </summary>
public static class ServiceCallCount
{
    public static double Of(GraphQLOperationDefinition operation, GraphQLDocument document, ISchema schema, Inputs? variables)
    {
        var fragments = DocumentShape.Fragments(document);
        var expanding = new HashSet<string>();

        double Walk(GraphQLSelectionSet? set, IComplexGraphType? type, double multiplier, int? pageSize)
        {
            double calls = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField node when type?.GetField(node.Name.Value) is { } field:
                        if (field.CallsService()) calls += multiplier;
                        if (node.SelectionSet is null) break;
                        var (child, list) = Unwrap(field.ResolvedType);
                        calls += Walk(node.SelectionSet, child, list ? multiplier * field.ExpectedLength(pageSize) : multiplier,
                            field.PageSizeOf(node, variables));
                        break;
                    case GraphQLInlineFragment inline:
                        calls += Walk(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? type, multiplier, pageSize);
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                                                           && expanding.Add(fragment.FragmentName.Name.StringValue):
                        calls += Walk(fragment.SelectionSet, TypeOf(fragment.TypeCondition), multiplier, pageSize);
                        expanding.Remove(fragment.FragmentName.Name.StringValue);
                        break;
                }
            }
            return calls;
        }

        IComplexGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : schema.AllTypes[condition.Type.Name.Value] as IComplexGraphType;

        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        return Walk(operation.SelectionSet, root, 1, null);
    }

    private static (IComplexGraphType? Type, bool List) Unwrap(IGraphType? type)
    {
        var list = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull: type = nonNull.ResolvedType; break;
                case ListGraphType of: list = true; type = of.ResolvedType; break;
                default: return (type as IComplexGraphType, list);
            }
        }
    }
}
