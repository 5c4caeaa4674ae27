using JasperFx.Events;
using Marten;
using Marten.Events;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// Loads the list into this replica's index at start, then follows the event store. Every
/// replica follows it itself (no daemon leadership involved), so each index stays current. The index applies every
/// change as soon as it is visible, but its list position only moves up to the high-water mark (<see cref="ListHighWater"/>):
/// a screening may see changes beyond its position (retro-screening then leaves the pairs it hit alone), never miss one below.
/// </summary>
public sealed class ListFeeder(IDocumentStore store, LiveList live, ILogger<ListFeeder> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// How long a gap the high-water mark passed is looked for again (<see cref="ListHighWater.Passed"/>), in case its
    /// transaction commits after all; and, after a start, how far back event timestamps are read again, since the mark the
    /// index starts from (Marten's) passes gaps on a timeout. Applying an entry twice is harmless: versions only move forward.
    /// </summary>
    private static readonly TimeSpan LateCommitWindow = TimeSpan.FromSeconds(30);

    /// <summary>The gaps passed, with when: read again on every poll until the window closes.</summary>
    private readonly List<(long First, long Last, DateTimeOffset PassedAt)> _passed = [];

    private DateTimeOffset _loadedAt;

    /// <summary>A sequence below which no event is younger than twice the window before the load: where the reads of the
    /// first window after a start begin.</summary>
    private long _lateFloor;

    private const int Page = 5_000;

    private ListHighWater? _highWater;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LoadAsync(stoppingToken);
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Loading the screening index failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                live.MarkCaughtUp();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Following the event store failed; retrying");
            }
            await Task.Delay(PollInterval, stoppingToken);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        _lateFloor = await ListSequences.LastBeforeAsync(store, started - 2 * LateCommitWindow, ct);
        // Read before the entries: every change up to the mark is committed, so the read below includes it.
        var highWater = await ListSequences.StoredMarkAsync(store, ct);
        await using var session = store.QuerySession();
        var batch = new List<Entry>(10_000);
        await foreach (var view in session.Query<EntryView>().ToAsyncEnumerable(ct))
        {
            batch.Add(view.Entry);
            if (batch.Count == batch.Capacity) { live.State.ApplyMany(batch); batch.Clear(); }
        }
        live.State.ApplyMany(batch);
        live.State.Loaded();
        live.State.AdvanceTo(highWater);
        _highWater = new ListHighWater(highWater);
        _loadedAt = DateTimeOffset.UtcNow;
        logger.LogInformation("Screening index loaded: {Count} screenable entries at list position {Position} in {Seconds:F1} s",
            live.State.Count, live.State.Position, (DateTime.UtcNow - started).TotalSeconds);
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        var highWater = _highWater!;
        var committed = await ListSequences.AboveAsync(store, highWater.Mark, Page * 4, ct);
        var mark = highWater.Advance(committed.Sequences, committed.ReadAt, committed.OldestOpen);
        var now = DateTimeOffset.UtcNow;
        _passed.RemoveAll(g => now - g.PassedAt > LateCommitWindow);
        _passed.AddRange(highWater.Passed.Select(g => (g.First, g.Last, now)));
        await using var session = store.QuerySession();
        var position = live.State.Position;
        // By sequence, so that PostgreSQL reads the primary key from the position on. (A filter on the timestamp as well read
        // every event of the store on every poll, screenings included: a sequential scan that grew with the store.)
        var events = await EntryEvents(session).Where(e => e.Sequence > position)
            .OrderBy(e => e.Sequence).Take(Page).ToListAsync(ct);
        var late = new List<IEvent>();
        foreach (var (first, last, _) in _passed)
            late.AddRange(await EntryEvents(session).Where(e => e.Sequence >= first && e.Sequence <= last).ToListAsync(ct));
        if (now - _loadedAt < LateCommitWindow)
        {
            var (since, floor) = (_loadedAt - LateCommitWindow, _lateFloor);
            late.AddRange(await EntryEvents(session).Where(e => e.Sequence > floor && e.Sequence <= position && e.Timestamp > since)
                .ToListAsync(ct));
        }

        // Screenings are events too, and far more numerous: the queries above never read them.
        var changed = events.Concat(late).Select(e => e.StreamId).Distinct().ToList();
        if (changed.Count > 0)
            foreach (var view in await session.LoadManyAsync<EntryView>(ct, changed))
                live.State.Apply(view.Entry);
        // Applied first, then the position: a screening that reads the position finds the index at least that far.
        live.State.AdvanceTo(ListHighWater.Reached(mark, Page, events.Select(e => e.Sequence).ToList()));
    }

    private static IQueryable<IEvent> EntryEvents(IQuerySession session) =>
        session.Events.QueryAllRawEvents().Where(e => e.EventTypesAre(EntryEventTypes.All));
}
