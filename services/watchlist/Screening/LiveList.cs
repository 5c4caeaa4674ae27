namespace Watchlist.WatchlistService.Screening;

/// <summary>This replica's current list: loaded at start, kept current by <see cref="ListFeeder"/>.</summary>
public sealed class LiveList
{
    private volatile bool _caughtUp;
    private long _caughtUpAt = System.Diagnostics.Stopwatch.GetTimestamp();

    public ListState State { get; } = new();

    /// <summary>True once the load and the first catch-up are done: before that the replica is not ready.</summary>
    public bool CaughtUp => _caughtUp;

    /// <summary>Seconds since the index last caught up (or since start, before it first did): its lag behind the event store.</summary>
    public double SecondsBehind => System.Diagnostics.Stopwatch.GetElapsedTime(Interlocked.Read(ref _caughtUpAt)).TotalSeconds;

    public void MarkCaughtUp()
    {
        Interlocked.Exchange(ref _caughtUpAt, System.Diagnostics.Stopwatch.GetTimestamp());
        _caughtUp = true;
    }
}
