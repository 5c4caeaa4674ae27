using JasperFx.Events;
using Marten;
using Marten.Events;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Screening;

/// <summary>
/// Loads the list into this replica's index at start, then follows the event store. Every
/// replica follows it itself (no daemon leadership involved), so each index stays current.
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
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: ct);
        await using var session = store.QuerySession();
        var batch = new List<Entry>(10_000);
        await foreach (var view in session.Query<EntryView>().ToAsyncEnumerable(ct))
        {
            batch.Add(view.Entry);
            if (batch.Count == batch.Capacity) { live.State.ApplyMany(batch); batch.Clear(); }
        }
        live.State.ApplyMany(batch);
        live.State.AdvanceTo(statistics.EventSequenceNumber);
        logger.LogInformation("Screening index loaded: {Count} screenable entries at list position {Position} in {Seconds:F1} s",
            live.State.Count, live.State.Position, (DateTime.UtcNow - started).TotalSeconds);
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var position = live.State.Position;
        var since = DateTimeOffset.UtcNow - LateCommitWindow;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => (e.Sequence > position || e.Timestamp > since) && e.EventTypesAre(EntryEventTypes.All))
            .OrderBy(e => e.Sequence).Take(5_000).ToListAsync(ct);
        if (events.Count == 0) return;

        // Screenings are events too, and far more numerous: the query above never reads them.
        var changed = events.Select(e => e.StreamId).Distinct().ToList();
        if (changed.Count > 0)
            foreach (var view in await session.LoadManyAsync<EntryView>(ct, changed))
                live.State.Apply(view.Entry);
        live.State.AdvanceTo(events.Max(e => e.Sequence));
    }
}
