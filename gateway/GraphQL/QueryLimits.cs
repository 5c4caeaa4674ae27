using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Watchlist.Gateway.GraphQL;

/// <summary>
/// Depth and cost limits, checked before a query runs: GraphQL:MaxDepth (default 12) and GraphQL:MaxComplexity
/// (default 5000, see <see cref="Costs"/>). Over either limit the answer is an error with code COMPLEXITY.
/// </summary>
public static class QueryLimits
{
    /// <summary>
    /// An operation that only introspects may be this deep: the full introspection query of GraphiQL and code
    /// generators is 13 levels deep (its type references nest ofType seven times). Such an operation is still
    /// held to the cost limit, which is what stops a query from nesting __Type.fields over and over.
    /// </summary>
    public const int IntrospectionMaxDepth = 16;

    public static void Configure(ComplexityOptions options, IConfiguration configuration)
    {
        options.MaxDepth = configuration.GetValue("GraphQL:MaxDepth", 12);
        options.MaxComplexity = configuration.GetValue("GraphQL:MaxComplexity", 5000);
        options.ValidateComplexityDelegate = check =>
        {
            if (check.Error is not null && check.MaxDepth <= IntrospectionMaxDepth && check.TotalImpact <= options.MaxComplexity
                && IntrospectsOnly(check.ValidationContext.Operation))
                check.Error = null;
            return Task.CompletedTask;
        };
    }

    private static bool IntrospectsOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s =>
            s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
