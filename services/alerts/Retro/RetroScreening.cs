using System.Collections.Concurrent;
using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Entries;
using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Re-screens recent crossings against a new or amended entry with the screening engine itself (a one-entry index), and
/// raises a retro alert for each past match through the same path as a live hit, so dedup and false-positive memory
/// apply. A crossing already counted on one of the entry's alerts is not counted again.
/// </summary>
public sealed class RetroScreening(AlertRaising raising, RetroSettings settings, ScreeningPolicy policy, TimeProvider clock)
{
    /// <summary>
    /// The list changed: every crossing of the window answered before this change (<see cref="RetroPairs"/>). The scan runs
    /// before the lock, so live hits are not held up by it (an import lists thousands of entries, each scanning the whole
    /// window); under the lock, which waits for crossings being recorded right now, only those that committed meanwhile are screened.
    /// </summary>
    /// <param name="changedAt">The change's list position: crossings answered at or above it saw it live.</param>
    public async Task<int> ScreenAsync(IDocumentSession session, EntrySnapshot entry, long changedAt, string? correlationId, CancellationToken ct,
        SessionAlerts? unsaved = null)
    {
        var now = clock.GetUtcNow();
        if (!InForce(entry, now)) return 0;
        var since = now - settings.Window;
        // One index for the entry, searched once per crossing: a search costs microseconds, building an index does not.
        var index = IndexOf(entry);
        var window = session.Query<Crossing>().Where(c => c.ScreenedAt >= since && c.ListPosition < changedAt);
        var crossings = await window.ToListAsync(ct);
        unsaved ??= new SessionAlerts();
        var raised = await ScreenAllAsync(session, entry, changedAt, index, crossings, now, correlationId, unsaved, ct);

        await RetroLock.ForListChangeAsync(session, ct);
        var seen = crossings.Select(c => c.Id).ToHashSet();
        var late = (await window.Select(c => c.Id).ToListAsync(ct)).Where(id => !seen.Contains(id)).ToList();
        if (late.Count > 0)
            raised += await ScreenAllAsync(session, entry, changedAt, index, await session.LoadManyAsync<Crossing>(ct, late), now, correlationId, unsaved, ct);
        return raised;
    }

    private async Task<int> ScreenAllAsync(IDocumentSession session, EntrySnapshot entry, long changedAt, ScreeningIndex index,
        IEnumerable<Crossing> crossings, DateTimeOffset now, string? correlationId, SessionAlerts unsaved, CancellationToken ct)
    {
        var raised = 0;
        foreach (var crossing in crossings.Where(c => RetroPairs.NeedsRescreen(c, entry.Id, changedAt)).OrderBy(c => c.ScreenedAt))
            if (await ScreenAsync(session, entry, index, crossing, now, correlationId, unsaved, ct)) raised++;
        return raised;
    }

    /// <summary>
    /// A crossing arrived: the entries changed above the position it was answered at may not have been in the index that
    /// answered it, and their own re-screening may have run before this crossing was recorded, so it is checked against them here.
    /// </summary>
    public async Task<int> ScreenLateCrossingAsync(IDocumentSession session, Crossing crossing, string? correlationId, CancellationToken ct)
    {
        await RetroLock.ForCrossingAsync(session, ct);
        var answeredAt = crossing.ListPosition;
        var later = await session.Query<WatchedEntry>().Where(w => w.ListPosition > answeredAt).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var raised = 0;
        foreach (var watched in later.Where(w => w.Snapshot is not null && RetroPairs.NeedsRescreen(crossing, w.Id, w.ListPosition)))
            if (InForce(watched.Snapshot!, now) && await ScreenAsync(session, watched.Snapshot!, CachedIndexOf(watched.Snapshot!), crossing, now, correlationId, unsaved: null, ct))
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
    public static ScreeningHit? Match(ScreeningPolicy policy, ScreeningIndex index, TravellerSnapshot traveller) =>
        index.Search(ScreeningPolicy.QueryOf(traveller), policy.Options(limit: 1)) is [var match] ? match : null;

    private async Task<bool> ScreenAsync(IDocumentSession session, EntrySnapshot entry, ScreeningIndex index, Crossing crossing, DateTimeOffset now,
        string? correlationId, SessionAlerts? unsaved, CancellationToken ct)
    {
        // As live: a screening by agency X hits only entries owned by X or releasable to X.
        if (!AlertAudience.MayHit(crossing.Agency, entry.OwnerAgency, entry.ReleasableTo)) return false;
        if (Match(policy, index, crossing.Traveller) is not { } match) return false;
        var crossingId = crossing.Id;
        var entryId = entry.Id;
        if (await session.Query<AlertView>().AnyAsync(v => v.EntryId == entryId && v.Alert.ScreeningIds.Contains(crossingId), ct)) return false;

        var primary = entry.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? entry.Names.FirstOrDefault()?.Value ?? "";
        var hit = new ScreeningHitDetected(crossing.Id, crossing.ScreenedAt, crossing.TravellerRef, crossing.Traveller, crossing.Context,
            new HitSnapshot(entry.Id, entry.Version, ScreeningPolicy.Rounded(match.Score), ScreeningPolicy.BandName(match.Band), entry.Kind, primary,
                match.MatchedName, entry.Lists, entry.Category, entry.Action, entry.Severity, entry.OwnerAgency, entry.ReleasableTo),
            AlertChange.RetroActor, crossing.Agency, Retro: true);
        await raising.ApplyAsync(session, hit, new AlertChange(AlertChange.RetroActor, entry.OwnerAgency, now, correlationId), ct, unsaved);
        return true;
    }

    private static bool InForce(EntrySnapshot e, DateTimeOffset now) =>
        e.Status == "ACTIVE" && (e.ValidFrom is not { } from || from <= now) && (e.ValidUntil is not { } until || until > now);
}
