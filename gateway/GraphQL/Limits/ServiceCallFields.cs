using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Watchlist.Gateway.GraphQL.Paging;

namespace Watchlist.Gateway.GraphQL.Limits;

/// <summary>
/// Marks the fields whose resolver calls a service, so that <see cref="ServiceCallCount"/> can add them up before a
/// request runs. Each such field also costs <see cref="Costs.RestCall"/> complexity points, as before.
/// </summary>
public static class ServiceCallFields
{
    private const string CallsServiceKey = "watchlist:callsService";
    private const string ListLengthKey = "watchlist:listLength";

    /// <param name="listLength">For a field that answers a list: how long it is expected to be, for what is selected under it.</param>
    public static FieldBuilder<TSource, TReturn> CallsService<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, double? listLength = null)
    {
        field.WithMetadata(CallsServiceKey, true);
        if (listLength is not { } length) return field.WithComplexityImpact(Costs.RestCall);
        field.WithMetadata(ListLengthKey, length);
        return field.WithComplexityImpact(Costs.RestCall, length);
    }

    public static bool CallsService(this IFieldType field) => field.GetMetadata(CallsServiceKey, false);

    /// <summary>The expected length of a list field: its own declared one, the page size of the connection it sits in, or 20.</summary>
    public static double ExpectedLength(this IFieldType field, int? pageSize) =>
        pageSize ?? field.GetMetadata<double?>(ListLengthKey) ?? DefaultListLength;

    /// <summary>graphql-dotnet's own default for a list of unknown length.</summary>
    public const double DefaultListLength = 20;

    /// <summary>
    /// A connection's page size: its <c>first</c> argument, given literally or as a variable, clamped as paging clamps it.
    /// </summary>
    public static int? PageSizeOf(this IFieldType field, GraphQLParser.AST.GraphQLField node, Inputs? variables)
    {
        if (field.Arguments?.Find("first") is null) return null;
        object? value = node.Arguments?.ValueFor("first") switch
        {
            GraphQLParser.AST.GraphQLIntValue literal => int.TryParse(literal.Value.Span, out var n) ? n : RestPaging.MaxFirst,
            GraphQLParser.AST.GraphQLVariable variable => variables?.TryGetValue(variable.Name.StringValue, out var v) == true ? v : null,
            _ => null,
        };
        var first = value switch
        {
            null => RestPaging.DefaultFirst,
            int n => n,
            long n => (int)Math.Clamp(n, int.MinValue, int.MaxValue),
            _ => double.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var d)
                ? (int)Math.Clamp(d, int.MinValue, int.MaxValue) : RestPaging.MaxFirst,
        };
        return Math.Clamp(first, 1, RestPaging.MaxFirst);
    }
}
