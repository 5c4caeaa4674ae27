namespace Watchlist.Gateway.GraphQL.Paging;

/// <summary>One page of a REST list: <c>{"items": [...], "nextCursor": "..." | null}</c>.</summary>
public sealed record RestPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A Relay connection (https://relay.dev/graphql/connections.htm) built from a <see cref="RestPage{T}"/>.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo);

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
