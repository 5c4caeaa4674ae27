using Watchlist.ServiceDefaults.Auth;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Content.Screening;

public static class ContentScreeningEndpoints
{
    public static IEndpointRouteBuilder MapContentScreening(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/screenings/content", ScreenContentEndpoint.Handle).RequireAuthorization(Policies.Screen).WithTags("Screening")
            .WithName("screenContent")
            .WithSummary("Reads a post (phones, e-mails, handles, websites, organisations, names) and screens what it names. "
                + "Accepts Idempotency-Key.")
            .Produces<ContentScreeningResponse>().ProducesValidationProblem().ProducesProblem(413).ProducesProblem(422);
        app.MapGet("/api/entries/{id:guid}/links", Links.EntryLinksEndpoint.Handle).RequireAuthorization(Policies.ReadEntries)
            .WithTags("Entries").WithName("getEntryLinks")
            .WithSummary("The broker network: other entries and screened posts sharing a phone, handle, e-mail, website or document.")
            .Produces<Links.EntryLinks>().ProducesProblem(404);
        return app;
    }

    public static IServiceCollection AddContentScreening(this IServiceCollection services) =>
        services.AddSingleton<ContentScreener>();
}
