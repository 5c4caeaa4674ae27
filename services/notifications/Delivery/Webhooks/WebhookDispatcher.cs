using System.Collections.Concurrent;
using Marten;
using Watchlist.Notifications.Feed;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// Sends each webhook subscription's feed to its URL, in feed order, signed, at least once. Each subscription is
/// delivered by its own task (at most <see cref="WebhookSettings.Parallelism"/> at once), so a slow or failing
/// receiver delays only itself. Progress lives in PostgreSQL: a restart resumes where the last success left off.
/// </summary>
public sealed class WebhookDispatcher(
    IDocumentStore store, WebhookSender sender, WebhookSettings settings, TimeProvider clock, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    private const int BatchPerTurn = 100;
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var slots = new SemaphoreSlim(settings.Parallelism);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await StartDueAsync(slots, stopping);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                log.LogWarning(ex, "Webhook dispatch turn failed; trying again");
            }
            try { await Task.Delay(settings.Poll, clock, stopping); } catch (OperationCanceledException) { }
        }
        await Task.WhenAll(_inFlight.Values).ContinueWith(_ => { });
    }

    private async Task StartDueAsync(SemaphoreSlim slots, CancellationToken stopping)
    {
        await using var session = store.QuerySession();
        var subscriptions = await session.Query<Subscription>().Where(s => s.Webhook != null).ToListAsync(stopping);
        if (subscriptions.Count == 0) return;
        var progress = (await session.LoadManyAsync<WebhookProgress>(stopping, subscriptions.Select(s => s.Id))).ToDictionary(p => p.Id);
        var replays = (await session.Query<WebhookDeadLetter>()
            .Where(d => d.Replay)
            .Select(d => d.SubscriptionId)
            .ToListAsync(stopping)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var subscription in subscriptions)
        {
            var p = progress.GetValueOrDefault(subscription.Id) ?? WebhookProgress.Start(subscription.Id, now);
            var due = replays.Contains(subscription.Id) || !p.Disabled && p.NextAttemptAt <= now;
            if (!due || _inFlight.ContainsKey(subscription.Id) || !await slots.WaitAsync(0, stopping)) continue;
            _inFlight[subscription.Id] = Task.Run(async () =>
            {
                try { await DeliverAsync(subscription, stopping); }
                catch (Exception ex) when (!stopping.IsCancellationRequested)
                {
                    log.LogWarning(ex, "Webhook delivery for {Subscription} failed", subscription.Id);
                }
                finally { slots.Release(); _inFlight.TryRemove(subscription.Id, out _); }
            }, stopping);
        }
    }

    private async Task DeliverAsync(Subscription subscription, CancellationToken ct)
    {
        await ReplayDeadLettersAsync(subscription, ct);
        await using var session = store.LightweightSession();
        // Read afresh: the turn that started this task may have read the progress before the subscription's previous task
        // saved its own, and acting on that copy would send delivered items again or undo a 410.
        var progress = await session.LoadAsync<WebhookProgress>(subscription.Id, ct)
            ?? WebhookProgress.Start(subscription.Id, clock.GetUtcNow());
        if (progress.Disabled || progress.NextAttemptAt > clock.GetUtcNow()) return;
        var items = await session.ReadAfterAsync(subscription.Id, progress.DeliveredCursor, BatchPerTurn, ct);
        foreach (var item in items)
        {
            var (status, error) = await sender.SendAsync(subscription.Webhook!, item, settings.RequestTimeout, ct);
            var now = clock.GetUtcNow();
            var deadLettered = false;
            if (status is >= 200 and < 300)
                progress = progress.Delivered(item.Cursor, now);
            else if (status == 410)
                progress = progress with
                {
                    Disabled = true,
                    LastStatus = 410,
                    LastError = "The receiver answered 410 Gone: the endpoint is disabled.",
                };
            else
            {
                var attempts = progress.Attempts + 1;
                var first = progress.FirstAttemptAt ?? now;
                if (now - first >= settings.Horizon)
                {
                    deadLettered = true;
                    session.Store(new WebhookDeadLetter(
                        $"{subscription.Id}/{item.Cursor}", subscription.Id, item.Cursor, WebhookSender.WebhookIdOf(item),
                        attempts, status, error, now));
                    progress = progress.Delivered(item.Cursor, now) with { LastStatus = status, LastError = error };
                }
                else
                    progress = progress with
                    {
                        Attempts = attempts,
                        FirstAttemptAt = first,
                        NextAttemptAt = now + settings.BackoffAfter(attempts),
                        LastStatus = status,
                        LastError = error,
                    };
            }
            session.Store(progress);
            await session.SaveChangesAsync(ct);
            if (status is >= 200 and < 300) DeliveryMetrics.Delivered(DeliveryMetrics.Webhook, item.At);
            if (deadLettered) DeliveryMetrics.DeadLettered();
            if (progress.Disabled || progress.Attempts > 0) return; // wait for the backoff, or for a replay
        }
        if (items.Count == 0 && progress.Attempts == 0)
        {
            session.Store(progress); // remembers that this subscription has been seen, so its progress is readable
            await session.SaveChangesAsync(ct);
        }
    }

    private async Task ReplayDeadLettersAsync(Subscription subscription, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var letters = await session.Query<WebhookDeadLetter>()
            .Where(d => d.SubscriptionId == subscription.Id && d.Replay)
            .OrderBy(d => d.Cursor)
            .ToListAsync(ct);
        foreach (var letter in letters)
        {
            var item = await session.LoadAsync<FeedItem>(FeedItem.IdOf(subscription.Id, letter.Cursor), ct);
            if (item is null) { session.Delete(letter); continue; }
            var (status, error) = await sender.SendAsync(subscription.Webhook!, item, settings.RequestTimeout, ct);
            if (status is >= 200 and < 300) session.Delete(letter);
            else session.Store(letter with { Replay = false, Attempts = letter.Attempts + 1, LastStatus = status, LastError = error });
        }
        await session.SaveChangesAsync(ct);
    }
}
