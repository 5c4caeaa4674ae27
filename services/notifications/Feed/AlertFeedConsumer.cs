using Marten;
using MassTransit;
using Watchlist.Contracts.Alerts;
using Watchlist.Notifications.Subscriptions;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Notifications.Feed;

/// <summary>
/// Appends each alert event to the feed of every subscription that wants it and may see it. The appends and the
/// record that the message was handled commit together, so a redelivered message adds nothing. (Not HandleOnceAsync:
/// it reads any "document exists" as "handled already", and here that error also means a rival took a cursor.) Live readers are
/// woken only after the commit, and only with a signal: they read what was committed.
/// </summary>
public sealed class AlertFeedConsumer(IDocumentStore store, FeedSignals signals, TimeProvider clock, ILogger<AlertFeedConsumer> log)
    : IConsumer<AlertRaised>, IConsumer<AlertChanged>
{
    public const string Name = "notifications.feed";

    /// <summary>Two replicas appending to one feed conflict on its head; the loser simply tries again with the new head.</summary>
    private const int ConflictAttempts = 20;

    public Task Consume(ConsumeContext<AlertRaised> context) => AppendAsync(context, AlertNotice.From(context.Message));

    public Task Consume(ConsumeContext<AlertChanged> context) => AppendAsync(context, AlertNotice.From(context.Message));

    private async Task AppendAsync(ConsumeContext context, AlertNotice alert)
    {
        var handledId = $"{Name}/{context.MessageId ?? throw new InvalidOperationException("An alert event arrived without a MessageId.")}";
        var ct = context.CancellationToken;
        for (var attempt = 1; ; attempt++)
        {
            var appended = new List<Guid>();
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<HandledMessage>(handledId, ct) is not null) return; // a redelivery
            await AppendToFeedsAsync(session, alert, appended, ct);
            session.Insert(new HandledMessage(handledId, clock.GetUtcNow()));
            try
            {
                await session.SaveChangesAsync(ct);
                foreach (var id in appended) signals.Wake(id);
                return;
            }
            catch (Exception ex) when (attempt < ConflictAttempts && ex is JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException)
            {
                // Either this message was handled meanwhile (the next turn sees it and stops) or another replica took the
                // same cursor of a feed first (its feed item exists, so our insert failed): read the heads again.
                log.LogDebug("Feed append conflict for alert {AlertId} v{Version}, attempt {Attempt}", alert.AlertId, alert.AlertVersion, attempt);
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    private async Task AppendToFeedsAsync(IDocumentSession session, AlertNotice alert, List<Guid> appended, CancellationToken ct)
    {
        var subscriptions = await session.Query<Subscription>().ToListAsync(ct);
        var wanting = subscriptions.Where(s => s.Wants(alert)).ToList();
        if (wanting.Count == 0) return;

        var heads = await session.LoadManyAsync<FeedHead>(ct, wanting.Select(s => s.Id));
        var marks = (await session.LoadManyAsync<FeedAlertMark>(ct, wanting.Select(s => FeedAlertMark.IdOf(s.Id, alert.AlertId))))
            .ToDictionary(m => m.Id);
        var now = clock.GetUtcNow();
        foreach (var head in heads)
        {
            var markId = FeedAlertMark.IdOf(head.Id, alert.AlertId);
            if (marks.TryGetValue(markId, out var mark) && mark.AlertVersion >= alert.AlertVersion) continue;

            head.Cursor++;
            session.Update(head);
            session.Store(new FeedAlertMark(markId, alert.AlertVersion));
            // Insert: the feed item's id is the cursor, so two replicas that read the same head cannot both write it.
            session.Insert(new FeedItem(FeedItem.IdOf(head.Id, head.Cursor), head.Id, head.Cursor,
                alert.Kind == "RAISED" ? FeedItem.Raised : FeedItem.Changed,
                alert.AlertId, alert.AlertVersion, alert.Kind, alert.Status, alert.Severity, alert.BorderPost, alert.EntryName, alert.Action,
                alert.At, now));
            appended.Add(head.Id);
        }
    }
}
