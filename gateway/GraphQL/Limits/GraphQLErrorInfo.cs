using GraphQL;
using GraphQL.Execution;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.Gateway.GraphQL.Limits;

/// <summary>
/// What a GraphQL error may tell the caller: its message and <c>extensions.code</c>, never the exceptions inside it (no
/// stack traces, no .NET type names in <c>codes</c>, no exception data), unless GraphQL:ExposeExceptionDetails turns
/// details on; Development does not. A failure nobody anticipated is INTERNAL_SERVER_ERROR with a generic message and
/// the correlation id under which <see cref="LogUnhandled"/> logged it.
/// </summary>
public sealed class GraphQLErrorInfo(GraphQLLimits limits, IHttpContextAccessor accessor) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = limits.ExposeExceptionDetails,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not UnhandledError) return info;
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = InternalServerError;
        if (accessor.HttpContext is { } http) extensions["correlationId"] = CorrelationId.Of(http);
        return new ErrorInfo
        {
            Message = "An unexpected error occurred; it has been logged. Quote the correlationId when you report it.",
            Extensions = extensions,
        };
    }

    /// <summary>The exception a caller no longer sees goes to the log, with the request's correlation id in scope.</summary>
    public static void LogUnhandled(UnhandledExceptionContext context) =>
        context.ExecutionOptions.RequestServices?.GetService<ILogger<GraphQLErrorInfo>>()?.LogError(context.OriginalException,
            "GraphQL field {Field} failed unexpectedly", context.FieldContext?.FieldDefinition.Name ?? "(document)");
}
