using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WatchlistService.Imports;

public static class ImportEndpoints
{
    private const long MaxListBytes = 256L << 20;

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/imports/{dataset}", ImportEndpoint.Handle).RequireAuthorization(Policies.ManageEntries)
            .WithTags("Imports").WithName("importList")
            .WithSummary("Imports a public list: ofac-sdn (multipart sdn, alt, add) or un-sc (XML body or part file). " +
                "All or nothing; a re-import changes only what changed.")
            .Produces<ImportSummary>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409)
            .WithMetadata(new RequestSizeLimitMetadata(MaxListBytes)).WithFormOptions(multipartBodyLengthLimit: MaxListBytes)
            .DisableAntiforgery();
        return app;
    }

    private sealed class RequestSizeLimitMetadata(long limit) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => limit;
    }
}
