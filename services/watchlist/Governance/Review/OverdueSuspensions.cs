using Marten;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Governance.Lists;

namespace Watchlist.WatchlistService.Governance.Review;

/// <summary>
/// Suspends active entries whose review is overdue longer than their list policy's autoSuspendOverdueDays, as an EntrySuspended
/// event by the system actor. The deadlines are the entries' stored reviewBy dates, read afresh on every sweep, so a restart
/// (or a replica that never saw the entry change) loses none. Each suspension is its own append at the version read, so two
/// replicas sweeping at once suspend an entry once: the slower one's append is refused and the next sweep finds it suspended.
/// </summary>
public sealed class OverdueSuspensions(IDocumentStore store, TimeProvider clock, ILogger<OverdueSuspensions> logger)
{
    public const string SystemActor = "system";

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var session = store.LightweightSession();
        var policies = await session.Query<ListPolicy>().Where(p => p.Terms.AutoSuspendOverdueDays != null).ToListAsync(ct);
        var suspended = 0;
        foreach (var policy in policies)
        {
            var days = policy.Terms.AutoSuspendOverdueDays!.Value;
            var before = ReviewDue.KeyOf(today.AddDays(-days));
            var (owner, list, active) = (policy.OwnerAgency, policy.List, nameof(EntryStatus.Active));
            var overdue = await session.Query<EntryView>()
                .Where(v => v.OwnerAgency == owner && v.Lists.Contains(list) && v.Status == active && v.ReviewKey != null
                    && v.ReviewKey.CompareTo(before) < 0)
                .OrderBy(v => v.ReviewKey).Take(500).ToListAsync(ct);
            foreach (var view in overdue)
                if (await SuspendAsync(view.Entry, days, now, ct)) suspended++;
        }
        return suspended;
    }

    private async Task<bool> SuspendAsync(Entry entry, int days, DateTimeOffset now, CancellationToken ct)
    {
        var change = new Change(SystemActor, entry.Details.OwnerAgency,
            $"Review overdue: reviewBy {entry.Details.ReviewBy:yyyy-MM-dd} passed more than {days} days ago.", now,
            $"overdue-{entry.Id:N}-{entry.Version}");
        await using var session = store.LightweightSession();
        session.AppendEntry(entry, EntryDecider.Decide(new SuspendEntry(entry.Id, change), entry));
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.ConcurrencyException)
        {
            logger.LogInformation("Entry {EntryId} changed while being suspended as overdue; the next sweep looks again", entry.Id);
            return false;
        }
    }
}

/// <summary>Runs the sweep every Governance:OverdueSweepSeconds (default 60).</summary>
public sealed class OverdueSweeper(OverdueSuspensions suspensions, IConfiguration configuration, ILogger<OverdueSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Governance:OverdueSweepSeconds", 60.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var suspended = await suspensions.SweepAsync(stoppingToken);
                if (suspended > 0) logger.LogInformation("Suspended {Count} entries whose review is overdue", suspended);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The overdue-review sweep failed; it runs again");
            }
            await Task.Delay(interval, stoppingToken);
        }
    }
}
