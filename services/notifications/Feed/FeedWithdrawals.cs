using Marten;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// The feeds' side of the audience migration. Alerts stored before audiences existed reached every subscription whose agency
/// the entry was releasable to; when the alerts service settles such an alert's audience, the alert's items leave every feed
/// whose subscription's agency is not in it (or whose subscription is gone), with the marks that counted them. Cursors are never
/// reused, so a reader resuming after a withdrawn item misses nothing and sees nothing twice. Running it again removes nothing more.
/// </summary>
public static class FeedWithdrawals
{
    public static async Task StageAsync(
        IDocumentSession session, IReadOnlyList<AlertNotice> settled, IReadOnlyList<Subscription> subscriptions, CancellationToken ct)
    {
        var agencyOf = subscriptions.ToDictionary(s => s.Id, s => s.Agency);
        foreach (var notice in settled)
        {
            var alertId = notice.AlertId;
            var items = await session.Query<FeedItem>().Where(i => i.AlertId == alertId).ToListAsync(ct);
            foreach (var item in items.Where(i => !notice.Audience.Includes(agencyOf.GetValueOrDefault(i.SubscriptionId))))
            {
                session.Delete<FeedItem>(item.Id);
                session.Delete<FeedAlertMark>(FeedAlertMark.IdOf(item.SubscriptionId, alertId));
            }
        }
    }
}
