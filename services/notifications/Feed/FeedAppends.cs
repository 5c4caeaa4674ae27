using Marten;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Stages, in one session, the feed items that a group of alert notices adds: each notice, in order, goes to every
/// subscription that wants it and may see it, once per alert version (an older version arriving after a newer one is
/// dropped). Heads and marks are read once for the whole group, so a group costs three reads however large it is.
/// </summary>
public static class FeedAppends
{
    /// <summary>The subscriptions, read once per group: what decides which notices concern any feed.</summary>
    public static async Task<IReadOnlyList<Subscription>> SubscriptionsAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<Subscription>().ToListAsync(ct);

    /// <summary>Whether a notice changes any feed: a subscription wants it, or it settles an audience (which withdraws items).</summary>
    public static bool Concerns(AlertNotice notice, IReadOnlyList<Subscription> subscriptions) =>
        notice.ChangeType == AlertNotice.AudienceSettled || subscriptions.Any(s => s.Wants(notice));

    /// <returns>The subscriptions whose feeds grew.</returns>
    public static async Task<IReadOnlyCollection<Guid>> StageAsync(IDocumentSession session, IReadOnlyList<AlertNotice> notices,
        IReadOnlyList<Subscription> subscriptions, DateTimeOffset now, CancellationToken ct)
    {
        // A settled audience is news to nobody: it only takes the alert out of the feeds outside it.
        var settled = notices.Where(n => n.ChangeType == AlertNotice.AudienceSettled).ToList();
        if (settled.Count > 0) await FeedWithdrawals.StageAsync(session, settled, subscriptions, ct);
        var wanting = notices.Where(n => n.ChangeType != AlertNotice.AudienceSettled)
            .Select(n => (Notice: n, Subscriptions: subscriptions.Where(s => s.Wants(n)).Select(s => s.Id).ToList()))
            .Where(w => w.Subscriptions.Count > 0).ToList();
        if (wanting.Count == 0) return [];

        var heads = (await session.LoadManyAsync<FeedHead>(ct, wanting.SelectMany(w => w.Subscriptions).Distinct()))
            .ToDictionary(h => h.Id);
        var markIds = wanting.SelectMany(w => w.Subscriptions.Select(s => FeedAlertMark.IdOf(s, w.Notice.AlertId))).Distinct();
        var marks = (await session.LoadManyAsync<FeedAlertMark>(ct, markIds)).ToDictionary(m => m.Id);
        var grown = new HashSet<Guid>();
        var marked = new HashSet<string>();
        foreach (var (notice, subscriptionIds) in wanting)
            foreach (var subscriptionId in subscriptionIds)
            {
                var markId = FeedAlertMark.IdOf(subscriptionId, notice.AlertId);
                if (!heads.TryGetValue(subscriptionId, out var head)) continue; // deleted meanwhile
                if (marks.TryGetValue(markId, out var mark) && mark.AlertVersion >= notice.AlertVersion) continue;

                head.Cursor++;
                marks[markId] = new FeedAlertMark(markId, notice.AlertVersion);
                marked.Add(markId);
                // Insert: the feed item's id is the cursor, so two replicas that read the same head cannot both write it.
                session.Insert(FeedItem.Of(head, notice, now));
                grown.Add(subscriptionId);
            }
        foreach (var id in grown) session.Update(heads[id]);
        foreach (var id in marked) session.Store(marks[id]);
        return grown;
    }
}
