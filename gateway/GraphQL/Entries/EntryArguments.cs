using GraphQL;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Entries;

/// <summary>Reading the arguments that entry queries and mutations share.</summary>
public static class EntryArguments
{
    /// <summary>The entry id; null when it is no GUID, since no entry can have it.</summary>
    public static Guid? IdOf(IResolveFieldContext ctx) =>
        Guid.TryParse(ctx.GetArgument<object>("id")?.ToString(), out var id) ? id : null;

    /// <summary>The id of an entry to change, or NOT_FOUND as the service would answer for an unknown one.</summary>
    public static Guid RequiredIdOf(IResolveFieldContext ctx) => IdOf(ctx)
        ?? throw new ExecutionError($"No entry {ctx.GetArgument<object>("id")} is visible to you.") { Code = RestErrors.NotFound };

    public static int ExpectedVersionOf(IResolveFieldContext ctx) => ctx.GetArgument<int>("expectedVersion") is var version and >= 1
        ? version
        : throw RestErrors.BadInput("expectedVersion", "The entry's version as you read it: 1 or more.");

    /// <summary>An input object as the fields the caller gave, by name (see <see cref="EntryInputFields"/>).</summary>
    public static IReadOnlyDictionary<string, object?>? InputOf(IResolveFieldContext ctx, string name) =>
        ctx.GetArgument<IDictionary<string, object?>?>(name) is { } given ? new Dictionary<string, object?>(given) : null;
}
