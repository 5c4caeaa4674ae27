using Marten;
using Microsoft.Extensions.DependencyInjection;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.Tests.Integration.Alerts;

public static class ListPositions
{
    /// <summary>
    /// Waits until the watchlist's list position covers the entry's latest event. A screening answered before that is
    /// rightly re-screened by retro and counted on the alert, so tests that expect exactly their own screening on an
    /// alert screen only once the position covers the entry.
    /// </summary>
    public static async Task IndexedAsync(this Platform platform, Guid entryId)
    {
        await using var session = Platform.StoreOf(platform.Watchlist).QuerySession();
        var sequence = (await session.Events.FetchStreamAsync(entryId)).Max(e => e.Sequence);
        var live = platform.Watchlist.Services.GetRequiredService<LiveList>();
        await Eventually.Until(() => Task.FromResult(live.State.Position), p => p >= sequence,
            $"the list position to cover entry {entryId} (sequence {sequence})");
    }
}
