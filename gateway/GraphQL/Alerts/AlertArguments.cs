using GraphQL;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Alerts;

public static class AlertArguments
{
    /// <summary>The alert id; null when it is no GUID, since no alert can have it.</summary>
    public static Guid? IdOf(IResolveFieldContext ctx) => Guid.TryParse(ctx.GetArgument<object>("id")?.ToString(), out var id) ? id : null;

    public static Guid RequiredIdOf(IResolveFieldContext ctx) => IdOf(ctx)
        ?? throw new ExecutionError($"No alert {ctx.GetArgument<object>("id")} is visible to you.") { Code = RestErrors.NotFound };

    public static int ExpectedVersionOf(IResolveFieldContext ctx) => ctx.GetArgument<int>("expectedVersion") is var version and >= 1
        ? version
        : throw RestErrors.BadInput("expectedVersion", "The alert's version as you read it: 1 or more.");
}
