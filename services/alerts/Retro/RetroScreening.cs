using System.Collections.Concurrent;
using Marten;
using Marten.Linq.MatchesSql;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Entries;
using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Re-screens recent crossings when the list changes, and raises a retro alert for each past match through the same path as a
/// live hit, so dedup and false-positive memory apply. Candidates come from this replica's <see cref="CrossingWindow"/> (an
/// engine index of the travellers); each is then scored exactly as live screening would score it, against a one-entry index of
/// the changed entry under the one <see cref="ScreeningPolicy"/>. A crossing already counted on one of the entry's alerts is not
/// counted again.
/// </summary>
public sealed class RetroScreening(AlertRaising raising, RetroSettings settings, ScreeningPolicy policy, CrossingWindow window,
    CrossingWindowKeeper keeper, TimeProvider clock, ILogger<RetroScreening> log)
{
    /// <summary>
    /// A group of list changes (one per entry): every crossing of the window answered before its change (<see cref="RetroPairs"/>).
    /// The first pass runs before the lock, so crossings being recorded are not held up by it; under the exclusive lock, where
    /// every crossing that took the shared lock has committed, the window catches up with the database and a second pass
    /// screens the crossings added since the first began (through a small index of just those, so the lock is held briefly).
    /// Crossings recorded after this transaction see its <see cref="RetroEntry"/>s.
    /// </summary>
    public async Task<int> ScreenAsync(IDocumentSession session, IReadOnlyList<ListChange> changes, SessionAlerts unsaved,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // An entry's one-entry index is built only if some crossing is a candidate: most of an import's entries have none.
        var inForce = changes.Where(c => InForce(c.Entry, now))
            .Select(c => new Rescreen(c, new Lazy<ScreeningIndex>(() => IndexOf(c.Entry)))).ToList();
        var examined = new HashSet<(Guid Entry, Guid Crossing)>();
        if (settings.ScanDocuments) return await ScanDocumentsAsync(session, inForce, examined, now, unsaved, ct);

        await keeper.WhenLoadedAsync(ct);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var mark = window.Mark; // every crossing added up to here is in the index the first pass looks up
        var raised = await PassAsync(session, window, inForce, examined, now, unsaved, ct);
        var scanned = watch.Elapsed;
        await RetroLock.ForListChangeAsync(session, ct);
        var locked = watch.Elapsed;
        await keeper.CatchUpAsync(session, ct);
        var late = window.AddedAfter(mark);
        if (late.Count > 0)
        {
            var lateWindow = new CrossingWindow(settings with { MaxCrossings = int.MaxValue });
            lateWindow.AddMany(late, now);
            raised += await PassAsync(session, lateWindow, inForce, examined, now, unsaved, ct);
        }
        log.LogInformation("Re-screened {Changes} list changes: {Pairs} pairs examined, {Raised} hits; scan {Scan} ms, " +
            "lock {Lock} ms, catch-up and {Late} late crossings {CatchUp} ms", inForce.Count, examined.Count, raised,
            (int)scanned.TotalMilliseconds, (int)(locked - scanned).TotalMilliseconds, late.Count,
            (int)(watch.Elapsed - locked).TotalMilliseconds);
        return raised;
    }

    private sealed record Rescreen(ListChange Change, Lazy<ScreeningIndex> Index);

    /// <summary>
    /// The matching is pure and in memory, then only the matches touch the database, one after another in the group's
    /// transaction. Changes are matched one at a time, not side by side: retro must leave the other core to live hits.
    /// </summary>
    private async Task<int> PassAsync(IDocumentSession session, CrossingWindow crossings, List<Rescreen> changes,
        HashSet<(Guid, Guid)> examined, DateTimeOffset now, SessionAlerts unsaved, CancellationToken ct)
    {
        var since = now - settings.Window;
        var found = changes.Select(r => (r.Change, Pairs: MatchesOf(r, crossings.CandidatesOf(r.Change.Entry), since))).ToList();
        var raised = 0;
        foreach (var (change, pairs) in found)
            foreach (var (crossing, match) in pairs)
                if (examined.Add((change.Entry.Id, crossing.Id)) && match is not null
                    && await RaiseAsync(session, change.Entry, crossing, match, now, change.CorrelationId, unsaved, ct))
                    raised++;
        return raised;
    }

    /// <summary>The candidates this change must re-screen, oldest first, each with its match (null below review).</summary>
    private List<(Crossing Crossing, ScreeningHit? Match)> MatchesOf(Rescreen rescreen, IEnumerable<Crossing> candidates,
        DateTimeOffset since)
    {
        var entry = rescreen.Change.Entry;
        return candidates.Where(c => c.ScreenedAt >= since && RetroPairs.NeedsRescreen(c, entry.Id, rescreen.Change.ListPosition))
            .OrderBy(c => c.ScreenedAt)
            .Select(c => (c, MayHit(c, entry) ? Match(policy, rescreen.Index.Value, c) : null)).ToList();
    }

    /// <summary>
    /// The way re-screening worked before the window was held in memory: each change loads the whole window from PostgreSQL
    /// and scans it. Kept only as the benchmark's baseline (<c>Alerts:Retro:Scan=Documents</c>).
    /// </summary>
    private async Task<int> ScanDocumentsAsync(IDocumentSession session, List<Rescreen> changes, HashSet<(Guid, Guid)> examined,
        DateTimeOffset now, SessionAlerts unsaved, CancellationToken ct)
    {
        var since = now - settings.Window;
        var raised = 0;
        foreach (var (change, index) in changes)
        {
            var position = change.ListPosition;
            var crossings = await session.Query<Crossing>().Where(c => c.ScreenedAt >= since && c.ListPosition < position).ToListAsync(ct);
            raised += await ScreenAllAsync(session, change, index, crossings, examined, now, unsaved, ct);
        }
        await RetroLock.ForListChangeAsync(session, ct);
        foreach (var (change, index) in changes)
        {
            var (entryId, position) = (change.Entry.Id, change.ListPosition);
            var ids = await session.Query<Crossing>().Where(c => c.ScreenedAt >= since && c.ListPosition < position).Select(c => c.Id)
                .ToListAsync(ct);
            var late = ids.Where(id => !examined.Contains((entryId, id))).ToList();
            if (late.Count > 0)
                raised += await ScreenAllAsync(session, change, index, await session.LoadManyAsync<Crossing>(ct, late), examined, now,
                    unsaved, ct);
        }
        return raised;
    }

    private async Task<int> ScreenAllAsync(IDocumentSession session, ListChange change, Lazy<ScreeningIndex> index,
        IEnumerable<Crossing> crossings, HashSet<(Guid, Guid)> examined, DateTimeOffset now, SessionAlerts unsaved, CancellationToken ct)
    {
        var raised = 0;
        var entry = change.Entry;
        var due = crossings.Where(c => examined.Add((entry.Id, c.Id)) && RetroPairs.NeedsRescreen(c, entry.Id, change.ListPosition));
        foreach (var crossing in due.OrderBy(c => c.ScreenedAt))
            if (await ScreenAsync(session, entry, index.Value, crossing, now, change.CorrelationId, unsaved, ct)) raised++;
        return raised;
    }

    /// <summary>
    /// Crossings arrived (a group, in one transaction): the entries changed above the position each was answered at may not
    /// have been in the index that answered it, and their own re-screening may have run before these crossings were recorded,
    /// so each is checked against them here. Retro's own record of what it re-screened (<see cref="RetroEntry"/>) is what
    /// makes this exact; the entry snapshots kept by the other queue are read too (a pair checked twice is counted once, as
    /// the alert already lists the crossing). One read of the changes serves the whole group. The caller's transaction holds
    /// <see cref="RetroLock.ForCrossingAsync"/>, taken before it recorded the crossings.
    /// </summary>
    public async Task<int> ScreenLateCrossingsAsync(IDocumentSession session,
        IReadOnlyList<(Crossing Crossing, string? CorrelationId)> crossings, CancellationToken ct)
    {
        var answeredAt = crossings.Min(c => c.Crossing.ListPosition);
        var rescreened = await session.Query<RetroEntry>().Where(r => r.ListPosition > answeredAt).ToListAsync(ct);
        var watched = await session.Query<WatchedEntry>().Where(w => w.ListPosition > answeredAt).ToListAsync(ct);
        var later = rescreened.Select(r => (r.Snapshot, r.ListPosition))
            .Concat(watched.Where(w => w.Snapshot is not null).Select(w => (Snapshot: w.Snapshot!, w.ListPosition)))
            .GroupBy(c => c.Snapshot.Id).Select(g => g.MaxBy(c => c.Snapshot.Version)).ToList();
        if (later.Count == 0) return 0;
        var now = clock.GetUtcNow();
        var unsaved = new SessionAlerts(); // two crossings of one traveller in the group count on one alert
        var raised = 0;
        foreach (var (crossing, correlationId) in crossings.OrderBy(c => c.Crossing.ScreenedAt))
            foreach (var (entry, position) in later.Where(c => RetroPairs.NeedsRescreen(crossing, c.Snapshot.Id, c.ListPosition)))
                if (InForce(entry, now)
                    && await ScreenAsync(session, entry, CachedIndexOf(entry), crossing, now, correlationId, unsaved, ct))
                    raised++;
        return raised;
    }

    /// <summary>
    /// A burst of crossings answered at an older position (a replica catching up, an import) checks each against the same
    /// recently changed entries: their one-entry indexes are built once per version, not once per crossing.
    /// </summary>
    private ScreeningIndex CachedIndexOf(EntrySnapshot entry)
    {
        if (_indexes.Count > MaxCachedIndexes) _indexes.Clear();
        return _indexes.GetOrAdd((entry.Id, entry.Version), _ => IndexOf(entry));
    }

    private const int MaxCachedIndexes = 10_000;
    private readonly ConcurrentDictionary<(Guid, int), ScreeningIndex> _indexes = new();

    public static ScreeningIndex IndexOf(EntrySnapshot entry)
    {
        var index = new ScreeningIndex();
        index.Upsert(ScreeningPolicy.EntryOf(entry));
        return index;
    }

    /// <summary>The crossing against one entry's index, under the same policy (mapping and thresholds) as live screening.</summary>
    public static ScreeningHit? Match(ScreeningPolicy policy, ScreeningIndex index, Crossing crossing) =>
        index.Search(ScreeningPolicy.QueryOf(crossing.Traveller, crossing.Context.BorderPost), policy.Options(limit: 1)) is [var match]
            ? match : null;

    private async Task<bool> ScreenAsync(IDocumentSession session, EntrySnapshot entry, ScreeningIndex index, Crossing crossing,
        DateTimeOffset now, string? correlationId, SessionAlerts? unsaved, CancellationToken ct) =>
        MayHit(crossing, entry) && Match(policy, index, crossing) is { } match
        && await RaiseAsync(session, entry, crossing, match, now, correlationId, unsaved, ct);

    /// <summary>As live: a screening by agency X hits only entries owned by X or releasable to X.</summary>
    private static bool MayHit(Crossing crossing, EntrySnapshot entry) =>
        AlertAudience.MayHit(crossing.Agency, entry.OwnerAgency, entry.ReleasableTo);

    /// <summary>A retro hit for a match, unless one of the entry's alerts already counts this crossing.</summary>
    private async Task<bool> RaiseAsync(IDocumentSession session, EntrySnapshot entry, Crossing crossing, ScreeningHit match,
        DateTimeOffset now, string? correlationId, SessionAlerts? unsaved, CancellationToken ct)
    {
        var crossingId = crossing.Id;
        var entryId = entry.Id;
        if (unsaved?.ByKey.Values.Any(a => a.Facts.EntryId == entryId && unsaved.Counted.Contains((a.Id, crossingId))) == true)
            return false;
        if (await CountedAsync(session, entryId, crossingId, ct)) return false;

        var primary = entry.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? entry.Names.FirstOrDefault()?.Value ?? "";
        var hit = new ScreeningHitDetected(crossing.Id, crossing.ScreenedAt, crossing.TravellerRef, crossing.Traveller, crossing.Context,
            new HitSnapshot(entry.Id, entry.Version, ScreeningPolicy.Rounded(match.Score), ScreeningPolicy.BandName(match.Band),
                entry.Kind, primary, match.MatchedName, entry.Lists, entry.Category, entry.Action, entry.Severity, entry.OwnerAgency,
                entry.ReleasableTo),
            AlertChange.RetroActor, crossing.Agency, Retro: true);
        await raising.ApplyAsync(session, hit, new AlertChange(AlertChange.RetroActor, entry.OwnerAgency, now, correlationId), ct, unsaved);
        return true;
    }

    /// <summary>
    /// Whether one of the entry's alerts counted the crossing, however long ago: its <see cref="CountedScreening"/>, or, for an
    /// alert whose view was stored before those records (it still lists every screening it counted), that list. One round trip.
    /// </summary>
    private static async Task<bool> CountedAsync(IQuerySession session, Guid entryId, Guid crossingId, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var recorded = batch.Query<CountedScreening>().Where(c => c.ScreeningId == crossingId && c.EntryId == entryId).Any();
        var listed = batch.Query<AlertView>().Where(v => v.EntryId == entryId
            && v.MatchesSql("not coalesce((d.data -> 'alert' ->> 'screeningsRecorded')::boolean, false)") // absent in those views
            && v.Alert.ScreeningIds.Contains(crossingId)).Any();
        await batch.Execute(ct);
        return await recorded || await listed;
    }

    private static bool InForce(EntrySnapshot e, DateTimeOffset now) =>
        e.Status == "ACTIVE" && (e.ValidFrom is not { } from || from <= now) && (e.ValidUntil is not { } until || until > now);
}
