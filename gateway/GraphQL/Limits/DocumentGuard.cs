using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Watchlist.Gateway.GraphQL.Services;

namespace Watchlist.Gateway.GraphQL.Limits;

/// <summary>
/// Runs ahead of every GraphQL execution, over HTTP and over graphql-transport-ws alike, and refuses a request before it
/// is validated or runs, cheapest check first: the document's length, its tokens (counted by the lexer, before parsing),
/// its fields (with fragments resolved), who asks (an anonymous caller may only introspect, and only where introspection
/// is on), introspection itself, and the service calls it would make. The parsed document is handed on, so it is parsed once.
/// </summary>
public sealed class DocumentGuard(GraphQLLimits limits, IDocumentBuilder documents, WatchlistSchema schema) : IConfigureExecution
{
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string Complexity = "COMPLEXITY"; // graphql-dotnet's own code for its depth and complexity limits
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Before graphql-dotnet's own configurations (100 and up).</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var refusal = Refuse(options);
        return refusal is null ? await next(options) : new ExecutionResult { Errors = [refusal] };
    }

    private ExecutionError? Refuse(ExecutionOptions options)
    {
        if (options.Document is null)
        {
            if (options.Query is not { } query) return null;
            if (query.Length > limits.MaxDocumentLength)
                return Error(
                    DocumentTooLarge,
                    $"The document has {query.Length:N0} characters; at most {limits.MaxDocumentLength:N0} are accepted.");
            try
            {
                if (DocumentShape.CountTokens(query, limits.MaxTokens) > limits.MaxTokens)
                    return Error(
                        DocumentTooLarge,
                        $"The document has more than {limits.MaxTokens:N0} tokens; at most {limits.MaxTokens:N0} are accepted.");
                options.Document = documents.Build(query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return Error(DocumentTooLarge, "The document nests deeper than the parser reads; nest fewer selections.");
            }
            catch (GraphQLParserException)
            {
                return null; // not GraphQL: execution reports the syntax error, with its location
            }
        }
        return Refuse(options.Document, options);
    }

    private ExecutionError? Refuse(GraphQLDocument document, ExecutionOptions options)
    {
        if (DocumentShape.CountFields(document, limits.MaxFields) > limits.MaxFields)
            return Error(DocumentTooLarge, $"The document selects more than {limits.MaxFields:N0} fields, counting a fragment each time "
                + $"it is used; at most {limits.MaxFields:N0} are accepted.");
        if (options.User?.Identity?.IsAuthenticated != true && !(limits.Introspection && DocumentShape.OnlyIntrospects(document)))
            return Error(RestErrors.Unauthenticated, "A valid token is required: send Authorization: Bearer <JWT>.");
        if (!limits.Introspection && DocumentShape.Introspects(document))
            return Error(IntrospectionDisabled, "Introspection is disabled on this server.");

        schema.Initialize();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var calls = ServiceCallCount.Of(operation, document, schema, options.Variables);
            if (calls > limits.MaxServiceCalls)
                return Error(Complexity,
                    $"The operation would make {calls:0} service calls; at most {limits.MaxServiceCalls} are allowed in one request. "
                    + "Ask for fewer aliases, smaller pages (first) or history of fewer items.");
        }
        return null;
    }

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
