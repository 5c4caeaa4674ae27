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
    /// Sequence numbers are taken before commit, so a slow transaction can commit a lower number
    /// after a higher one was read. Re-reading the last few seconds catches those; applying an
    /// entry twice is harmless because versions only move forward.
    /// </summary>
    private static readonly TimeSpan LateCommitWindow = TimeSpan.FromSeconds(5);

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
        logger.LogInformation("Screening index loaded: {Count} screenable entries at list position {Position} in {Seconds:F1} s",
            live.State.Count, live.State.Position, (DateTime.UtcNow - started).TotalSeconds);
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        var highWater = _highWater!;
        var committed = await ListSequences.AboveAsync(store, highWater.Mark, Page * 4, ct);
        var mark = highWater.Advance(committed.Sequences, committed.ReadAt, committed.OldestOpen);
        await using var session = store.QuerySession();
        var position = live.State.Position;
        var since = DateTimeOffset.UtcNow - LateCommitWindow;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => (e.Sequence > position || e.Timestamp > since) && e.EventTypesAre(EntryEventTypes.All))
            .OrderBy(e => e.Sequence).Take(Page).ToListAsync(ct);

        // Screenings are events too, and far more numerous: the query above never reads them.
        var changed = events.Select(e => e.StreamId).Distinct().ToList();
        if (changed.Count > 0)
            foreach (var view in await session.LoadManyAsync<EntryView>(ct, changed))
                live.State.Apply(view.Entry);
        // Applied first, then the position: a screening that reads the position finds the index at least that far.
        live.State.AdvanceTo(ListHighWater.Reached(mark, Page, events.Select(e => e.Sequence).ToList()));
    }
}
