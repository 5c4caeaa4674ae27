namespace Watchlist.WatchlistService.Screening;

/// <summary>This replica's current list: loaded at start, kept current by <see cref="ListFeeder"/>.</summary>
public sealed class LiveList
{
    private volatile bool _caughtUp;

    public ListState State { get; } = new();

    /// <summary>True once the load and the first catch-up are done: before that the replica is not ready.</summary>
    public bool CaughtUp => _caughtUp;

    public void MarkCaughtUp() => _caughtUp = true;
}
