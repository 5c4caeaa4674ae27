using Marten;
using Marten.Exceptions;
using Watchlist.Notifications.Subscriptions;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// Seals the plaintext secrets that versions before encryption stored, at every start (after Marten has applied its
/// schema, being registered later). A sealed secret is never touched again, so a second run changes nothing; a
/// subscription deleted meanwhile is not brought back, because Update refuses a document that no longer exists.
/// </summary>
public sealed class WebhookSecretMigration(IDocumentStore store, WebhookSecretVault vault, ILogger<WebhookSecretMigration> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var plain = await query.Query<Subscription>().Where(s => s.Webhook != null && s.Webhook.Secret != null).ToListAsync(ct);
        var sealedCount = 0;
        foreach (var subscription in plain)
        {
            await using var session = store.LightweightSession();
            var webhook = subscription.Webhook!;
            session.Update(subscription with { Webhook = webhook with { SealedSecret = vault.Seal(webhook.Secret!), Secret = null } });
            try
            {
                await session.SaveChangesAsync(ct);
                sealedCount++;
            }
            catch (NonExistentDocumentException)
            {
            }
        }
        if (sealedCount > 0) log.LogInformation("Sealed {Count} plaintext webhook secrets", sealedCount);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
