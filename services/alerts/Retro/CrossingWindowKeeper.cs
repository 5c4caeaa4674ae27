using Marten;
using Npgsql;

namespace Watchlist.Alerts.Retro;

/// <summary>
/// Fills this replica's <see cref="CrossingWindow"/> at start from PostgreSQL and keeps it current: crossings this replica
/// records are added as they commit, and every <see cref="RetroSettings.CatchUpInterval"/> it reads those that other replicas
/// recorded (<see cref="CrossingLog"/>). A list change catches up once more under its exclusive lock (<see cref="CatchUpAsync"/>),
/// where every crossing that could have missed the change has committed: that read, not the timer, is what exactness rests on.
/// </summary>
public sealed class CrossingWindowKeeper(IDocumentStore store, CrossingWindow window, RetroSettings settings, TimeProvider clock,
    ILogger<CrossingWindowKeeper> log) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(5);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _reading = new(1, 1);
    private string _mark = "0";

    public bool Loaded => _loaded.Task.IsCompletedSuccessfully;

    /// <summary>Retro-screening waits for the first load: re-screening against a window still loading would miss crossings.</summary>
    public Task WhenLoadedAsync(CancellationToken ct) => _loaded.Task.WaitAsync(ct);

    /// <summary>Adds crossings this replica has just committed.</summary>
    public void Committed(IReadOnlyCollection<Crossing> crossings) => window.AddMany(crossings, clock.GetUtcNow());

    /// <summary>Reads what other replicas committed since the last read, on the caller's connection (and transaction).</summary>
    public async Task CatchUpAsync(IDocumentSession session, CancellationToken ct) =>
        await CatchUpAsync(session.Connection ?? throw new InvalidOperationException("The session has no open connection."), session, ct);

    private async Task CatchUpAsync(NpgsqlConnection connection, IQuerySession session, CancellationToken ct)
    {
        await _reading.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            var (ids, mark) = await CrossingLog.SinceAsync(connection, CrossingLog.Table(store), _mark, now - settings.Window, ct);
            var missing = ids.Where(id => !window.Contains(id)).ToList();
            foreach (var chunk in missing.Chunk(5_000))
                window.AddMany((await session.LoadManyAsync<Crossing>(ct, chunk)).ToList(), now);
            _mark = mark;
        }
        finally
        {
            _reading.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LoadAsync(stoppingToken);
        var pruned = clock.GetUtcNow();
        using var timer = new PeriodicTimer(settings.CatchUpInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var session = store.QuerySession();
                await using var connection = store.Storage.Database.CreateConnection();
                await connection.OpenAsync(stoppingToken);
                await CatchUpAsync(connection, session, stoppingToken);
                window.Expire(clock.GetUtcNow());
                if (clock.GetUtcNow() - pruned < PruneEvery) continue;
                await CrossingLog.PruneAsync(store, clock.GetUtcNow() - settings.Window, stoppingToken);
                pruned = clock.GetUtcNow();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Catching up the crossing window failed; trying again");
            }
        }
    }

    /// <summary>The mark is taken before the crossings are read, so whatever commits during the load is read again next time.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CrossingLog.EnsureAsync(store, ct);
                await using var connection = store.Storage.Database.CreateConnection();
                await connection.OpenAsync(ct);
                await using var mark = new NpgsqlCommand("select pg_snapshot_xmin(pg_current_snapshot())::text", connection);
                _mark = (string)(await mark.ExecuteScalarAsync(ct))!;
                await using var session = store.QuerySession();
                var since = clock.GetUtcNow() - settings.Window;
                var crossings = await session.Query<Crossing>().Where(c => c.ScreenedAt >= since).ToListAsync(ct);
                window.AddMany(crossings, clock.GetUtcNow());
                log.LogInformation("Crossing window loaded: {Count} crossings", window.Count);
                _loaded.TrySetResult();
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(ex, "Loading the crossing window failed (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), ct);
            }
        }
    }
}
