namespace Watchlist.Gateway.GraphQL;

/// <summary>
/// Complexity points, counted before a query runs against GraphQL:MaxComplexity (default 5000); GraphQL:MaxDepth
/// (default 12) is checked at the same time. A scalar or object field costs 1, a field that calls a service
/// <see cref="RestCall"/>. Whatever sits under a list costs as many times as the list is expected to be long: a
/// connection's <c>first</c> (its default when omitted), <see cref="HistoryLength"/> for an entry's history,
/// <see cref="ShortList"/> for an entry's names, documents and identifiers, and graphql-dotnet's default of 20 for
/// any other list. So a page of 50 entries with every field costs about 3,000. The number of service calls has its own,
/// much lower budget (GraphQL:MaxServiceCalls, see <see cref="Limits.ServiceCallCount"/>): that is what refuses 21 aliased
/// <c>entry</c> fields, or the history of every entry on a page of 20, before any REST call is made.
/// </summary>
public static class Costs
{
    public const double RestCall = 10;
    public const double HistoryLength = 10;
    public const double ShortList = 3;

    /// <summary>
    /// Introspection is counted at this fraction: the full introspection query of GraphiQL and code generators
    /// (about 570,000 points at full weight) fits, while a query nesting __Type.fields dozens of times does not.
    /// </summary>
    public const double Introspection = 0.005;
}
