using Marten;

namespace Watchlist.WatchlistService.Screening;

/// <summary>Which list a screening runs against: this replica's live one, or the list as it stood at asOf.</summary>
public sealed class ScreeningLists(LiveList live, IQuerySession session)
{
    public async Task<ListState> ForAsync(DateTimeOffset? asOf, CancellationToken ct) =>
        asOf is null ? live.State : await HistoricalLists.AtAsync(session, asOf.Value, ct);
}
