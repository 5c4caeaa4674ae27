namespace Watchlist.Notifications.Feed;

/// <summary>
/// The newest version of one alert already in one feed ("subscription/alert"). The bus may hand over an
/// alert's versions out of order; an older one arriving late is dropped, so each feed shows every alert in order.
/// </summary>
public sealed record FeedAlertMark(string Id, int AlertVersion)
{
    public static string IdOf(Guid subscriptionId, Guid alertId) => $"{subscriptionId}/{alertId}";
}
