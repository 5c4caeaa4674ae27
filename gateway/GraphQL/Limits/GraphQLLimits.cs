namespace Watchlist.Gateway.GraphQL.Limits;

/// <summary>
/// From the <c>GraphQL</c> configuration section: what one GraphQL request may ask for, checked before it is validated or
/// runs (see <see cref="DocumentGuard"/>), and what its errors may reveal.
/// </summary>
/// <param name="MaxRequestBytes">
/// GraphQL:MaxRequestBytes, the POST body (default 1 MiB, as every other route); over it, 413.
/// </param>
/// <param name="MaxDocumentLength">GraphQL:MaxDocumentLength, characters of the query text (default 32,768).</param>
/// <param name="MaxTokens">GraphQL:MaxTokens, lexical tokens of the query text, counted before parsing (default 8,000).</param>
/// <param name="MaxFields">
/// GraphQL:MaxFields, fields the document selects, each fragment counted every time it is used (default 1,000).
/// </param>
/// <param name="MaxServiceCalls">GraphQL:MaxServiceCalls, service calls one operation may cause (default 20).</param>
/// <param name="Introspection">
/// GraphQL:Introspection, whether <c>__schema</c> and <c>__type</c> are answered (default: in Development only).
/// </param>
/// <param name="ExposeExceptionDetails">
/// GraphQL:ExposeExceptionDetails, stack traces in errors (default false, in every environment).
/// </param>
public sealed record GraphQLLimits(
    long MaxRequestBytes, int MaxDocumentLength, int MaxTokens, int MaxFields, int MaxServiceCalls, bool Introspection,
    bool ExposeExceptionDetails)
{
    public const string Section = "GraphQL";

    public static GraphQLLimits From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        return new GraphQLLimits(
            section.GetValue(nameof(MaxRequestBytes), 1L << 20),
            section.GetValue(nameof(MaxDocumentLength), 32 * 1024),
            section.GetValue(nameof(MaxTokens), 8_000),
            section.GetValue(nameof(MaxFields), 1_000),
            section.GetValue(nameof(MaxServiceCalls), 20),
            section.GetValue(nameof(Introspection), environment.IsDevelopment()),
            section.GetValue(nameof(ExposeExceptionDetails), false));
    }
}
