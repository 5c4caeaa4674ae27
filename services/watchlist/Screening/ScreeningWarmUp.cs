using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Watchlist.ServiceDefaults.Http;
using Watchlist.ServiceDefaults.Json;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// Rehearses the screening path before the replica says it is ready (decision 0095). The first screenings after a start
/// otherwise pay for JIT compilation, Marten's storage of the audit record, the connection pool and the JSON metadata, and
/// the first minute's p99 with them. Once the index has caught up, <see cref="ScreeningSettings.WarmUpRounds"/> synthetic
/// travellers (listed names, so that hits are built too, and an unlisted one) go through what a request goes through: the
/// body read as JSON, validation, the engine, the answer and its idempotency copy written as JSON, and the recorder's write,
/// failed on purpose and rolled back, leaving no gap in the event sequence (<see cref="ScreeningRecorder.RehearseAsync"/>,
/// decision 0116). Never through the endpoint: no audit record, no idempotency
/// answer, no metric, no hit or crossing published, hence no alert. A warm-up that fails is logged and the replica becomes
/// ready cold: a slower first minute is better than a replica that never serves.
/// </summary>
public sealed class ScreeningWarmUp(LiveList live, Screener screener, ScreeningRecorder recorder, ScreeningSettings settings,
    IServiceProvider services, TimeProvider clock, ILogger<ScreeningWarmUp> log) : BackgroundService
{
    /// <summary>Marks everything a rehearsal builds, should it ever be seen: the actor, the agency, the post and the reason.</summary>
    public const string Marker = "warm-up";

    private const string UnlistedName = "Warmup Rehearsal Traveller";
    private volatile string? _outcome;

    /// <summary>Null while warming up; then what was done, for the readiness check's description.</summary>
    public string? Outcome => _outcome;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (settings.WarmUpRounds == 0) { _outcome = "No warm-up (Screening:WarmUpRounds is 0)."; return; }
        while (!live.CaughtUp) await Task.Delay(50, stopping);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var names = NamesOf(live.State);
            for (var round = 0; round < settings.WarmUpRounds; round++) await RehearseAsync(names[round % names.Count], round, stopping);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            log.LogInformation("Screening path warmed up: {Rounds} screenings rehearsed in {Ms:F0} ms", settings.WarmUpRounds, ms);
            _outcome = $"{settings.WarmUpRounds} screenings rehearsed in {ms:F0} ms.";
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            log.LogWarning(ex, "Warming up the screening path failed; the replica serves cold");
            _outcome = "The warm-up failed; serving cold.";
        }
    }

    private async Task RehearseAsync(string name, int round, CancellationToken ct)
    {
        var json = services.GetJsonOptions();
        var body = Encoding.UTF8.GetBytes($$$"""
            {"traveller":{"name":{{{JsonSerializer.Serialize(name)}}},"birthDate":"1970-01-01","nationality":"VN"},
             "context":{"borderPost":"{{{Marker}}}","direction":"ENTRY"}}
            """);
        var request = await JsonSerializer.DeserializeAsync<ScreeningRequest>(new MemoryStream(body), json, ct)
            ?? throw new InvalidOperationException("The warm-up request read as null.");
        var errors = new Dictionary<string, string[]>();
        ScreeningValidator.Validate(request.Traveller, "traveller", errors, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        ScreeningValidator.Validate(request.Context, request.Limit, errors);
        if (errors.Count > 0) throw new InvalidOperationException($"The warm-up request is not valid: {string.Join(", ", errors.Keys)}");

        var change = new Change(Marker, Marker, "rehearsal of the screening path, rolled back", clock.GetUtcNow(), $"{Marker}-{round}");
        var screened = screener.Screen(live.State, request.Traveller!, request.Context!, reference: null, request.AsOf, request.Limit,
            change);
        var response = Screener.ResponseOf(screened);
        await JsonSerializer.SerializeAsync(Stream.Null, response, json, ct);
        var answer = new IdempotencyRecord($"{Marker}-{round}", Marker, 200, JsonSerializer.Serialize(response, json), null, null,
            change.At);
        await recorder.RehearseAsync([screened], answer, ct);
    }

    /// <summary>A few listed persons' names, so that hits are built and explained, and a name no list holds.</summary>
    private static IReadOnlyList<string> NamesOf(ListState list) =>
    [
        UnlistedName,
        .. list.Entries.Where(e => e.Details.Kind == EntryKind.Person && e.Details.PrimaryName.Length > 0)
            .Select(e => e.Details.PrimaryName).Take(4),
    ];
}

/// <summary>Not ready before the warm-up is done: the first screenings a load balancer sends must not pay for it.</summary>
public sealed class ScreeningWarmUpHealthCheck(ScreeningWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.Outcome is { } outcome
            ? HealthCheckResult.Healthy(outcome)
            : HealthCheckResult.Unhealthy("The screening path is warming up."));
}
