using Watchlist.ServiceDefaults.Retention;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WatchlistService.Screening;

public static class ScreeningEndpoints
{
    public static IEndpointRouteBuilder MapScreening(this IEndpointRouteBuilder app)
    {
        var screenings = app.MapGroup("/api/screenings").WithTags("Screening");
        screenings.MapPost("", ScreenEndpoint.Handle).RequireAuthorization(Policies.Screen)
            .WithName("screenTraveller").WithSummary("Screens one traveller; ranked, explained hits. Accepts Idempotency-Key.")
            .Produces<ScreeningResponse>().ProducesValidationProblem().ProducesProblem(422);
        screenings.MapPost("batch", BatchScreenEndpoint.Handle).RequireAuthorization(Policies.Screen)
            .WithName("screenBatch").WithSummary("Screens up to 1,000 travellers; results in input order.")
            .Produces<BatchScreeningResponse>().ProducesValidationProblem();
        screenings.MapGet("{id:guid}", GetScreeningEndpoint.Handle).RequireAuthorization(Policies.ReadScreenings)
            .WithName("getScreening")
            .WithSummary("The audit record of a screening: who asked what, what was answered, against which list position.")
            .Produces<ScreeningRecorded>().ProducesProblem(404);
        return app;
    }

    public static IServiceCollection AddScreening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ScreeningSettings.From(configuration)).AddSingleton<Screener>().AddSingleton<LiveList>()
            .AddScoped<ScreeningLists>().AddHostedService<ListFeeder>().AddIndexGauges();
        services.AddSingleton<ScreeningRecorder>().AddHostedService(sp => sp.GetRequiredService<ScreeningRecorder>());
        // Retention of the records' personal data: keys are shredded by AddPersonalData's rule, and records from before sealing
        // are masked in place.
        services.AddSingleton<ScreeningPrivacy>().AddSingleton<IRetentionRule, LegacyScreeningMasking>();
        services.AddSingleton<ScreeningWarmUp>().AddHostedService(sp => sp.GetRequiredService<ScreeningWarmUp>());
        services.AddHealthChecks().AddCheck<ListIndexHealthCheck>("screening-index", tags: [ServiceDefaults.Health.HealthEndpoints.Ready])
            .AddCheck<ScreeningWarmUpHealthCheck>("screening-warm-up", tags: [ServiceDefaults.Health.HealthEndpoints.Ready]);
        return services;
    }
}
