using Marten;
using Microsoft.AspNetCore.Http;
using Watchlist.ServiceDefaults.Http;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>A decider refused a command in the aggregate's current state: answered 409 in the aggregate's own words.</summary>
public abstract class RuleViolation(string message) : Exception(message);

/// <summary>
/// What the one write path needs to know about a kind of event-sourced aggregate (an entry, an alert): how to load it,
/// its version, who may not see or change it, how its rule violations are worded, and how it is answered.
/// </summary>
/// <param name="Refusal">The problem for a caller who may not change it (null: missing or not visible), or null.</param>
public sealed record StreamTarget<TState>(
    Func<IQuerySession, CancellationToken, Task<TState?>> Load,
    Func<TState, int> VersionOf,
    Func<TState?, IResult?> Refusal,
    Func<string, IResult> Conflict,
    Func<TState, object> Response) where TState : class;

/// <summary>What a command did: appended and staged the new state, changed nothing, or was refused with a problem.</summary>
public readonly record struct StreamStep<TState>(TState? After, bool Appended, IResult? Problem) where TState : class
{
    public static StreamStep<TState> Staged(TState after) => new(after, true, null);
    public static StreamStep<TState> Unchanged(TState state) => new(state, false, null);
    public static StreamStep<TState> Refused(IResult problem) => new(null, false, problem);
}

/// <summary>
/// The one path every change a person makes to an event-sourced stream takes: If-Match, load, visibility and
/// ownership, the pure decision, an append that Marten refuses if someone else appended first (so of two changes at one
/// version exactly one wins, the other gets 412 with the version that beat it), and the new ETag.
/// </summary>
public static class StreamChanges
{
    public static async Task<IResult> ApplyAsync<TState>(IDocumentSession session, HttpRequest request, StreamTarget<TState> target,
        Func<TState, CancellationToken, Task<StreamStep<TState>>> command, CancellationToken ct) where TState : class
    {
        var (expected, problem) = Preconditions.ExpectedVersion(request);
        if (problem is not null) return problem;
        var current = await target.Load(session, ct);
        if (target.Refusal(current) is { } refused) return refused;
        var version = target.VersionOf(current!);
        if (version != expected) return Preconditions.Stale(expected!.Value, version);

        StreamStep<TState> step;
        try { step = await command(current!, ct); }
        catch (RuleViolation rule) { return target.Conflict(rule.Message); }
        if (step.Problem is not null) return step.Problem;

        if (step.Appended)
        {
            try { await session.SaveChangesAsync(ct); }
            catch (JasperFx.ConcurrencyException) { return await StaleAfterRaceAsync(session, target, expected!.Value, ct); }
        }
        request.HttpContext.Response.SetETag(target.VersionOf(step.After!));
        return Results.Ok(target.Response(step.After!));
    }

    private static async Task<IResult> StaleAfterRaceAsync<TState>(IDocumentSession session, StreamTarget<TState> target, int expected,
        CancellationToken ct) where TState : class
    {
        await using var fresh = session.DocumentStore.QuerySession();
        var current = await target.Load(fresh, ct);
        return Preconditions.Stale(expected, current is null ? expected + 1 : target.VersionOf(current));
    }
}
