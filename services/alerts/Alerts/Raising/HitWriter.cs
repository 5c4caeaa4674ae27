using JasperFx.Events;
using Marten;
using Watchlist.ServiceDefaults.Messaging;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// Applies hits a group at a time, as <see cref="Retro.CrossingWriter"/> records crossings (decision 0090): every hit that
/// arrived while the previous group was committing goes into the next transaction, with the records that its messages were
/// handled. Under load most hits are repeats of a few travellers (a queue at a post, a manifest), so a group counts many hits
/// on one alert with one lock, one read and one write of its board row, where one transaction per hit read and rewrote that
/// row once per hit. A message is acknowledged once its group has committed; a redelivery finds it handled, and a crash
/// before the commit leaves the whole group unacknowledged. <c>Alerts:Hits:MaxGroup=1</c> applies each hit in its own
/// transaction, as before groups (the benchmark's baseline).
/// </summary>
public sealed class HitWriter(IDocumentStore store, AlertRaising raising, EarlyPublisher early, TimeProvider clock,
    HitSettings settings, ILogger<HitWriter> log) : BackgroundService
{
    private long _groups;
    private long _applied;

    /// <summary>Groups this replica has committed, and the hits in them: how well hits were grouped.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    public long Applied => Interlocked.Read(ref _applied);

    private readonly WriteGroups<Pending> _writes = new(settings.MaxGroup, p => p.Done);

    public Task ApplyAsync(string handledId, ScreeningHitDetected hit, string? correlationId, CancellationToken ct) =>
        _writes.WriteAsync(new Pending(handledId, hit, correlationId, new(TaskCreationOptions.RunContinuationsAsynchronously)), ct);

    protected override Task ExecuteAsync(CancellationToken stopping) => _writes.RunAsync(CommitWithRetriesAsync, log, "hits", stopping);

    // An officer, the SLA sweeper or another replica may commit on one of these alerts first: everything is read again.
    private Task CommitWithRetriesAsync(IReadOnlyList<Pending> group, CancellationToken ct) =>
        WriteConflicts.RetryAsync(() => CommitAsync(group, ct), log, "A hit group", ct, ex => ex is HandledMeanwhile);

    private async Task CommitAsync(IReadOnlyList<Pending> group, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var ids = group.Select(p => p.HandledId).Distinct().ToList();
        var handled = (await session.LoadManyAsync<HandledMessage>(ct, ids)).Select(h => h.Id).ToHashSet();
        // Every copy of a hit (the early publish, the forwarder's, a redelivery) has the same message id: the first one counts.
        var fresh = group.Where(p => handled.Add(p.HandledId)).ToList();
        if (fresh.Count == 0) return;
        var unsaved = new SessionAlerts(); // several hits of one alert in this group count on what the earlier ones did
        await AlertRaising.ReadCountedAsync(session, fresh.Select(p => p.Hit.ScreeningId).ToList(), unsaved, ct);
        // Locks in one order (entry, traveller, agency: what a lock is named after) in every group, so two replicas' groups wait
        // for each other and never deadlock; a deadlock with another kind of writer is retried.
        var ordered = fresh.OrderBy(p => p.Hit.Hit.EntryId)
            .ThenBy(p => TravellerIdentity.Of(p.Hit.Traveller, p.Hit.Context), StringComparer.Ordinal)
            .ThenBy(p => p.Hit.Agency, StringComparer.Ordinal);
        foreach (var p in ordered)
        {
            // A live alert is raised at the crossing: the board orders by it and the SLA clock starts then, however late the message.
            var at = p.Hit.Retro ? clock.GetUtcNow() : p.Hit.ScreenedAt;
            await raising.ApplyAsync(session, p.Hit, new AlertChange(p.Hit.Actor, p.Hit.Agency, at, p.CorrelationId), ct, unsaved);
            // The session has one correlation id; each hit's events keep their own request's.
            foreach (var e in session.PendingChanges.Streams().SelectMany(s => s.Events).Where(e => e.CorrelationId is null))
                e.CorrelationId = p.CorrelationId;
        }
        var staged = session.PendingChanges.Streams().SelectMany(s => s.Events).ToList();
        // Holding the alerts' locks now: a copy of one of these hits that another replica applied has committed and shows.
        if (staged.Count > 0 && (await session.LoadManyAsync<HandledMessage>(ct, fresh.Select(p => p.HandledId))).Count > 0)
            throw new HandledMeanwhile();
        var now = DateTimeOffset.UtcNow;
        foreach (var p in fresh) session.Insert(new HandledMessage(p.HandledId, now));
        await session.SaveChangesAsync(ct);
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _applied, fresh.Count);
        // As the watchlist service publishes a hit: a command centre hears of its alert in milliseconds, whatever the forwarder's
        // backlog. A retro hit's alert waits for the forwarder, as before.
        if (fresh.Any(p => !p.Hit.Retro)) early.PublishCommitted(staged);
    }

    private sealed record Pending(string HandledId, ScreeningHitDetected Hit, string? CorrelationId, TaskCompletionSource Done);

    private sealed class HandledMeanwhile() : Exception("A copy of a hit in this group was applied meanwhile.");
}
